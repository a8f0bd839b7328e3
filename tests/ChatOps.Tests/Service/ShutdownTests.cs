using ChatOps.Tests.Service.Support;

namespace ChatOps.Tests.Service;

/// <summary>SIGTERM while a script runs: the script finishes and is delivered, a new command hears the bot is restarting.</summary>
[Collection(PublishedCollection.Name)]
public sealed class ShutdownTests(PublishedBuild build) : IDisposable
{
    private const string RestartNotice = "The bot is restarting and takes no new commands right now";
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("chatops-slow-content-");

    [Fact]
    public async Task Sigterm_during_a_script_lets_it_finish_and_answers_a_new_command_with_the_restart_notice()
    {
        WriteSlowScript();
        using var responses = new ResponseUrlListener();
        await using var serve = await ServeProcess.StartAsync(build, new Dictionary<string, string>
        {
            ["Slack__ResponseUrlHosts__0"] = responses.Origin, ["Content__Folder"] = _content.FullName,
        });

        // Longer than the inline budget: the HTTP answer is the acknowledgement, the result follows on response_url.
        using var slow = await serve.Http.SendAsync(SlackRequest.Command(serve.BaseUrl, "!Slow", responses.Url));
        Assert.True(slow.IsSuccessStatusCode, await slow.Content.ReadAsStringAsync());
        Assert.True(await RunningAsync(serve), "the script never showed as running:\n" + serve.Log);
        Assert.DoesNotContain(responses.Bodies, body => body.Contains("slow done", StringComparison.Ordinal));

        serve.Terminate();
        // The signal arrives when it arrives: /readyz says when the bot stopped taking commands.
        Assert.True(await StoppingAsync(serve), "/readyz never said the bot was stopping:\n" + serve.Log);
        using var refused = await serve.Http.SendAsync(SlackRequest.Command(serve.BaseUrl, "help", responses.Url));
        var refusal = await refused.Content.ReadAsStringAsync() + string.Join("\n", responses.Bodies);

        Assert.Contains(RestartNotice, refusal);
        Assert.True(await responses.WaitForAsync("slow done"),
            "the script's result never came:\n" + string.Join("\n", responses.Bodies) + "\n" + serve.Log);
        Assert.True(await serve.WaitForExitAsync(TimeSpan.FromMinutes(1)), "serve did not exit after SIGTERM:\n" + serve.Log);
        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("command !Slow by slack:U0SERVICE in C0SERVICE: ok", serve.Log);
        Assert.Contains("command (restarting) by slack:U0SERVICE in C0SERVICE: refused: the bot is restarting", serve.Log);
    }

    private static Task<bool> RunningAsync(ServeProcess serve) => Poll.UntilAsync(async () =>
        PrometheusText.Value((await serve.GetAsync("/metrics")).Body, "chatops_commands_running") >= 1);

    private static Task<bool> StoppingAsync(ServeProcess serve) => Poll.UntilAsync(async () =>
    {
        var (status, body) = await serve.GetAsync("/readyz");
        return status == 503 && body.Contains("\"commands: stopping: new commands get the restart notice while 1 running command(s) finish\"", StringComparison.Ordinal);
    });

    private void WriteSlowScript()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_content.FullName, "Scripts", "Slow"));
        File.WriteAllText(Path.Combine(folder.FullName, "Slow.yml"), """
            commonfields:
              id: Slow
              version: -1
            name: Slow
            comment: Takes a few seconds, so a shutdown can happen while it runs.
            type: python
            subtype: python3
            args: []
            script: |-
              import time
              time.sleep(4)
              demisto.results('slow done')
            dockerimage: demisto/python3-deb:3.11.2.1
            """);
    }

    public void Dispose() => _content.Delete(recursive: true);
}
