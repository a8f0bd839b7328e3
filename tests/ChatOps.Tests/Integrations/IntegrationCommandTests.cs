using ChatOps.Execution;
using ChatOps.Execution.Integrations;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Integrations.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Integrations;

/// <summary>
/// Integration commands from chat, on the real engine, against a fake of the integration's API on 127.0.0.1:
/// instances with their own credentials and network, using=, test-module, reputation on every instance, secrets
/// redacted, and no job of one instance able to find another's key.
/// </summary>
public sealed class IntegrationCommandTests(IntegrationHostFixture fixture) : IClassFixture<IntegrationHostFixture>
{
    private readonly IntegrationHost _host = fixture.Host;

    [Fact]
    public async Task A_command_two_instances_have_asks_which_one()
    {
        var replies = await RunAsync("int-ask", "standin-say-hello", ("name", "x"));

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.StartsWith($"!standin-say-hello is a command of several instances: {_host.A} (StandInIntel), {_host.B} (StandInIntel), ", error.Message);
        Assert.EndsWith($"Say which with using=<instance>, e.g. !standin-say-hello using={_host.A}", error.Message);
    }

    [Fact]
    public async Task Using_chooses_the_instance_and_each_calls_the_service_with_its_own_credentials()
    {
        var a = await RunAsync("int-using", "standin-say-hello", ("name", "Dbot"), ("using", _host.A));
        var b = await RunAsync("int-using", "standin-say-hello", ("name", "Dbot"), ("using", _host.B));

        Assert.Equal("## Hello-A Dbot", Shown(a));
        Assert.Equal("## Hello-B Dbot", Shown(b));
        Assert.Equal("""{"StandIn":{"Hello":{"name":"Dbot","greeting":"Hello-B Dbot"}}}""", await ContextAsync("int-using"));
    }

    [Fact]
    public async Task A_reputation_command_runs_on_every_instance_and_their_DBotScores_merge_in_the_context()
    {
        // Typed as XSOAR users type it: the address is the command's default argument.
        var replies = await _host.Scripts.TypeAsync("int-rep", "!ip 6.6.6.6");

        var text = Texts.All(replies);
        Assert.Contains($"6.6.6.6 scores 90 at {_host.A}", text);
        Assert.Contains($"6.6.6.6 scores 90 at {_host.B}", text);
        var context = await ContextAsync("int-rep");
        Assert.Contains($$"""{"Indicator":"6.6.6.6","Type":"ip","Vendor":"{{_host.A}}","Score":3}""", context);
        Assert.Contains($$"""{"Indicator":"6.6.6.6","Type":"ip","Vendor":"{{_host.B}}","Score":3}""", context);
    }

    [Fact]
    public async Task A_key_the_integration_prints_is_redacted_in_the_reply()
    {
        var replies = await RunAsync("int-whoami", "standin-whoami", ("using", _host.A));

        Assert.Equal($"{_host.A} uses key <redacted>", Shown(replies));
        Assert.DoesNotContain(_host.KeyA, Texts.All(replies));
    }

    [Fact]
    public async Task A_job_of_one_instance_finds_its_own_key_in_its_params_and_the_other_instances_key_nowhere()
    {
        var own = await RunAsync("int-hunt", "standin-hunt", ("needle", _host.KeyA), ("using", _host.A));
        var other = await RunAsync("int-hunt", "standin-hunt", ("needle", _host.KeyB), ("using", _host.A));

        Assert.Equal("found in: params", Shown(own).Replace("<redacted>", _host.KeyA));
        Assert.Equal("found in: nowhere", Shown(other));
    }

    [Fact]
    public async Task An_instance_without_egress_fails_at_once_and_says_it_has_no_network()
    {
        var replies = await RunAsync("int-offline", "standin-say-hello", ("name", "x"), ("using", _host.Offline));

        Assert.Contains("Failed to execute standin-say-hello command.", Texts.All(replies));
        Assert.Contains($"The instance {_host.Offline} has no network", Texts.Of(replies.Last()));
        // The setting is the admin's remedy; a chat user is told to ask for egress.
        var remedy = Assert.IsType<ErrorReply>(replies.Last()).Remedy!;
        Assert.Contains("Integrations:Instances", remedy.ForAdmin);
        Assert.DoesNotContain("Integrations:", remedy.ForUser);
    }

    [Fact]
    public async Task Integration_test_answers_ok_or_the_integrations_own_error()
    {
        var ok = await TestAsync(_host.A);
        var refused = await TestAsync(_host.WrongKey);

        Assert.Equal($"{_host.A} (StandInIntel): ok", Shown(ok));
        Assert.Contains("Failed to execute test-module command.", Texts.All(refused));
        Assert.Contains("401", Texts.All(refused));
    }

    [Fact]
    public async Task An_unknown_instance_is_refused_with_the_ones_that_have_the_command()
    {
        var replies = await RunAsync("int-unknown", "standin-say-hello", ("name", "x"), ("using", "nope"));

        Assert.Equal($"There is no integration instance named 'nope'. Instances with !standin-say-hello: {_host.A}, {_host.B}, {_host.Offline}, {_host.WrongKey}, {_host.Proxied}.",
            Assert.IsType<ErrorReply>(Assert.Single(replies)).Message);
    }

    [Fact]
    public async Task Each_instance_keeps_its_own_integration_context()
    {
        var a1 = Shown(await RunAsync("int-count", "standin-count", ("using", _host.A)));
        var a2 = Shown(await RunAsync("int-count-elsewhere", "standin-count", ("using", _host.A)));
        var b1 = Shown(await RunAsync("int-count", "standin-count", ("using", _host.B)));

        Assert.Equal(int.Parse(a1["runs: ".Length..]) + 1, int.Parse(a2["runs: ".Length..]));
        Assert.Equal("runs: 1", b1);
    }

    [Fact]
    public async Task A_script_calls_an_integration_command_through_executeCommand_and_gets_its_entries()
    {
        var answered = await RunAsync("int-exec", "AskIntel", ("name", "Dbot"), ("using", _host.B));
        var ambiguous = await RunAsync("int-exec", "AskIntel", ("name", "Dbot"));

        Assert.Equal("## Hello-B Dbot", Shown(answered));
        Assert.StartsWith("error: standin-say-hello is a command of several instances", Shown(ambiguous));
    }

    [Fact]
    public async Task The_proxy_param_puts_the_configured_proxy_in_the_instances_environment_and_only_there()
    {
        var proxied = await RunAsync("int-proxy", "standin-proxy", ("using", _host.Proxied));
        var direct = await RunAsync("int-proxy", "standin-proxy", ("using", _host.A));

        Assert.Equal("proxy: http://127.0.0.1:3128, param: True", Shown(proxied));
        Assert.Equal("proxy: none, param: None", Shown(direct));
    }

    [Fact]
    public void Help_lists_an_integration_command_with_its_arguments_and_instances()
    {
        var help = _host.Scripts.Services.GetServices<ChatOps.Routing.IHelpTopicProvider>().Select(p => p.Describe("!standin-say-hello")).Single(d => d is not null)!;

        var table = Assert.IsType<TableReply>(Assert.Single(help));
        Assert.Equal($"!standin-say-hello name=<name> [using=<instance>]\nSays hello through the API.\nInstances: {_host.A}, {_host.B}, {_host.Offline}, {_host.WrongKey}, {_host.Proxied}.", table.Title);
        Assert.Equal(["name", "yes", "", "no", "Whom to greet."], table.Rows.Single());
    }

    private Task<List<Reply>> RunAsync(string channel, string command, params (string Key, string Value)[] args) =>
        _host.Scripts.RunAsync(channel, command, args);

    private async Task<List<Reply>> TestAsync(string instance)
    {
        var replies = new List<Reply>();
        var runner = _host.Scripts.Services.GetRequiredService<IntegrationCommandRunner>();
        await foreach (var reply in runner.TestAsync(instance, new ChatMessage("test", "tester", "int-test", "/integration_test"), CancellationToken.None))
            replies.Add(reply);
        return replies;
    }

    private async Task<string> ContextAsync(string channel) =>
        (await _host.Scripts.Services.GetRequiredService<ChannelContextStore>().SnapshotAsync(channel, CancellationToken.None)).ToJsonString();

    private static string Shown(List<Reply> replies) => Texts.Of(replies.Last(r => r is not ProgressReply));
}
