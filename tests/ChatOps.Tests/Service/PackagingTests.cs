using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Images.Support;
using ChatOps.Tests.Service.Support;

namespace ChatOps.Tests.Service;

/// <summary>The two ways to run the bot for a team: its own container image and a systemd unit for the published build.</summary>
[Collection(PublishedCollection.Name)]
public sealed class PackagingTests(PublishedBuild build)
{
    private const string DockerSocket = "/var/run/docker.sock";

    [Fact]
    public async Task The_bots_own_image_runs_serve_with_the_engine_socket_mounted_and_answers_readyz()
    {
        var port = FreePort.Next();
        var name = "chatops-service-test-" + Guid.NewGuid().ToString("N")[..8];
        // The socket's group, so the image's own unprivileged user may use the engine.
        var group = (await ProcessRunner.RunAsync("stat", ["-c", "%g", DockerSocket], "", build.Folder)).Stdout.Trim();
        // Host networking: the test engine has no bridge, and the bot still listens on 127.0.0.1 only.
        var (exitCode, _, stderr) = await ProcessRunner.RunAsync("docker",
            ["run", "-d", "--rm", "--name", name, "--network", "host", "--group-add", group, "-v", $"{DockerSocket}:{DockerSocket}",
             "-e", $"ASPNETCORE_URLS=http://127.0.0.1:{port}", PublishedBuild.Image], "", build.Folder);
        Assert.True(exitCode == 0, stderr);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var (status, body) = await PollReadyAsync(http, $"http://127.0.0.1:{port}/readyz");
            var (_, logs, _) = await ProcessRunner.RunAsync("docker", ["logs", name], "", build.Folder);
            Assert.True(status == 200, body + "\n" + logs);
            Assert.Contains("\"status\":\"ready\"", body);
            Assert.Contains("content\":{\"status\":\"ok\",\"detail\":\"6 scripts", body);
        }
        finally
        {
            await ProcessRunner.RunAsync("docker", ["rm", "-f", name], "", build.Folder);
        }
    }

    [Fact]
    public async Task Systemd_analyze_verify_accepts_the_unit_for_the_published_build()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-unit-");
        try
        {
            var (exitCode, unit, stderr) = await ProcessRunner.RunAsync(build.AppHost, ["service", "unit", "--dir", build.Folder], "", build.Folder);
            Assert.True(exitCode == 0, stderr);
            Assert.Contains($"ExecStart={build.Folder}/ChatOps.App serve", unit);
            Assert.Contains("TimeoutStopSec=50s", unit); // the 30 s grace period and a margin
            var path = Path.Combine(folder.FullName, "chatops.service");
            await File.WriteAllTextAsync(path, unit);

            var verify = await ProcessRunner.RunAsync("systemd-analyze", ["verify", path], "", folder.FullName);

            Assert.True(verify.ExitCode == 0, verify.Stderr + verify.Stdout);
            Assert.DoesNotContain("chatops.service", verify.Stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Status, string Body)> PollReadyAsync(HttpClient http, string url)
    {
        (int Status, string Body) last = (0, "never answered");
        await Poll.UntilAsync(async () =>
        {
            try
            {
                using var answer = await http.GetAsync(url);
                last = ((int)answer.StatusCode, await answer.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            return last.Status == 200;
        });
        return last;
    }
}
