using ChatOps.Tests.Service.Support;

namespace ChatOps.Tests.Service;

/// <summary>The published build as an operator runs it: no SDK, settings from the environment, health, readiness and metrics.</summary>
[Collection(PublishedCollection.Name)]
public sealed class PublishedServeTests(PublishedBuild build)
{
    [Fact]
    public async Task The_published_build_serves_without_the_sdk_on_path_and_says_it_is_ready()
    {
        Assert.False(File.Exists(Path.Combine(ServeProcess.EmptyPath, "dotnet")));
        await using var serve = await ServeProcess.StartAsync(build);

        var (status, body) = await serve.GetAsync("/readyz");

        Assert.True(status == 200, body + "\n" + serve.Log);
        Assert.Contains("\"status\":\"ready\"", body);
        Assert.Contains("listening on " + serve.BaseUrl, serve.Log);
        Assert.Contains("Slack: slash commands over HTTP at POST /slack/commands (signing secret set)", serve.Log);
        Assert.Contains("WRN: Discord: not configured", serve.Log);
    }

    [Fact]
    public async Task Readyz_names_the_engine_when_no_engine_answers_at_the_endpoint()
    {
        var nowhere = "unix://" + Path.Combine(ServeProcess.EmptyPath, "no-engine.sock");
        await using var serve = await ServeProcess.StartAsync(build, new Dictionary<string, string> { ["Docker__Endpoint"] = nowhere });

        var (status, body) = await serve.GetAsync("/readyz");

        Assert.Equal(503, status);
        Assert.Contains("\"status\":\"not ready\"", body);
        Assert.Contains($"\"failing\":[\"engine: no Docker engine answers at {nowhere}", body);
        Assert.DoesNotContain("database:", body.Split("\"checks\"")[0]);
        Assert.Contains($"WRN: engine: no Docker engine answers at {nowhere}", serve.Log);
    }

    [Fact]
    public async Task Metrics_count_a_command_by_verb_and_outcome_and_its_acknowledgement()
    {
        using var responses = new ResponseUrlListener();
        await using var serve = await ServeProcess.StartAsync(build, new Dictionary<string, string> { ["Slack__ResponseUrlHosts__0"] = responses.Origin });
        var (_, before) = await serve.GetAsync("/metrics");
        Assert.Null(PrometheusText.Value(before, "chatops_commands_total", "verb=\"/help\""));

        using var answer = await serve.Http.SendAsync(SlackRequest.Command(serve.BaseUrl, "help", responses.Url));
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        // The command ends after its acknowledgement (its answer goes to the response_url): wait for its count.
        var after = "";
        for (var tries = 0; tries < 100 && PrometheusText.Value(after, "chatops_commands_total", "verb=\"/help\"") is null; tries++)
        {
            if (tries > 0) await Task.Delay(100);
            (_, after) = await serve.GetAsync("/metrics");
        }

        Assert.Equal(1, PrometheusText.Value(after, "chatops_commands_total", "verb=\"/help\"", "platform=\"slack\"", "outcome=\"ok\""));
        Assert.Equal(1, PrometheusText.Value(after, "chatops_acknowledgement_duration_seconds_count", "platform=\"slack\""));
        Assert.Matches(@"INF: command /help by slack:U0SERVICE in C0SERVICE: ok \(\d+ ms, audit \d+\)", serve.Log);
    }

    [Fact]
    public async Task Json_logs_carry_the_audit_id_of_each_command_as_a_field()
    {
        using var responses = new ResponseUrlListener();
        await using var serve = await ServeProcess.StartAsync(build, new Dictionary<string, string>
        {
            ["Slack__ResponseUrlHosts__0"] = responses.Origin, ["Service__LogFormat"] = "json",
        });

        using var answer = await serve.Http.SendAsync(SlackRequest.Command(serve.BaseUrl, "help", responses.Url));
        Assert.True(answer.IsSuccessStatusCode);

        var line = serve.Log.Split('\n').Single(l => l.Contains("\"Verb\":\"/help\"", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.True(json.RootElement.GetProperty("Properties").GetProperty("AuditId").GetInt64() > 0);
        Assert.Equal("ok", json.RootElement.GetProperty("Properties").GetProperty("Outcome").GetString());
    }
}
