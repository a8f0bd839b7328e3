using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Cli;

/// <summary>The default base image that ./chatops and ./test seed offline has what content scripts rely on.</summary>
public sealed class SeededBaseImageTests
{
    private const string BaseImage = "demisto/python3-deb:3.11.2.1";

    private static async Task<(long Status, string Output)> RunAsync(string user, params string[] command)
    {
        using var client = new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock")).CreateClient();
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = BaseImage,
            Cmd = command,
            User = user,
            Labels = new Dictionary<string, string> { ["org.chatops.test"] = nameof(SeededBaseImageTests) },
            HostConfig = new HostConfig { NetworkMode = "none" },
        });
        try
        {
            await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
            var wait = await client.Containers.WaitContainerAsync(created.ID);
            using var logs = await client.Containers.GetContainerLogsAsync(created.ID, tty: false,
                new ContainerLogsParameters { ShowStdout = true, ShowStderr = true });
            var (stdout, stderr) = await logs.ReadOutputToEndAsync(CancellationToken.None);
            return (wait.StatusCode, stdout + stderr);
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
        }
    }

    [Fact]
    public async Task It_has_a_demisto_user_with_uid_and_gid_4000()
    {
        var (status, output) = await RunAsync("root", "id", "demisto");
        Assert.Equal(0, status);
        Assert.StartsWith("uid=4000(demisto) gid=4000(demisto)", output);
    }

    [Fact]
    public async Task Its_python3_runs_as_demisto_and_pip_may_install_into_it()
    {
        var (status, output) = await RunAsync("4000:4000", "python3", "-c",
            "import sys, pip, sysconfig, os; print(sys.version_info[:2]); " +
            "print(os.path.exists(os.path.join(sysconfig.get_paths()['stdlib'], 'EXTERNALLY-MANAGED')))");
        Assert.Equal(0, status);
        Assert.Equal("(3, 11)\nFalse\n", output);
    }
}
