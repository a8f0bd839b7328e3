using System.Text.Json.Nodes;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Compatibility.Support;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>
/// The real HelloWorld integration (classic, calling &lt;url&gt;/api/v1 with a Bearer key) run from chat on an
/// instance against a fake of its API: the commands answer as the content team's own tests and code say, their
/// outputs land in the channel's context under their prefixes, test-module answers ok or the integration's own
/// error, and the apikey shows up nowhere but in the requests to the API.
/// </summary>
[Collection(XsoarContentCollection.Name)]
public sealed class HelloWorldIntegrationTests(HelloWorldFixture hello) : IClassFixture<HelloWorldFixture>
{
    private const string DBotScoreKey = "DBotScore(val.Indicator && val.Indicator == obj.Indicator && val.Vendor == obj.Vendor && val.Type == obj.Type)";

    private HelloWorldInstanceHost Host => hello.Host;

    [XsoarContentFact]
    public void The_image_made_by_docker_image_create_has_debians_requests_and_dateparser()
    {
        var card = Assert.IsType<CardReply>(hello.ImageReplies[^1]);

        // The card lists the requested packages by name, each with the version Debian's mirror installed and the
        // licence its copyright file gives.
        Assert.Matches(@"^python3-dateparser \S+ \([^)]+\), python3-requests \S+ \([^)]+\) \(\d+ in the image\)$", card.Fields.Single(f => f.Label == "os packages").Value);
        Assert.StartsWith("demisto/t", hello.Image);
    }

    [XsoarContentFact]
    public async Task Say_hello_with_name_Dbot_answers_hello_in_markdown_and_writes_hello_to_the_context()
    {
        var replies = await Host.SayAsync("hw-hello", "!helloworld-say-hello name=Dbot");

        var entry = SingleEntry(replies);
        Assert.Equal(1, entry.EntryType);
        Assert.Equal("text", entry.ContentsFormat);
        Assert.Equal("Hello Dbot", entry.Contents.GetString());
        Assert.Equal("## Hello Dbot", entry.HumanReadable);
        Assert.Equal("""{"hello":"Hello Dbot"}""", CanonicalJson.Of(entry.EntryContext!.Value));
        Assert.Equal("""{"hello":"Hello Dbot"}""", await Host.ContextAsync("hw-hello"));
    }

    [XsoarContentFact]
    public async Task Say_hello_without_a_name_answers_the_integrations_own_error()
    {
        var replies = await Host.SayAsync("hw-hello-none", "!helloworld-say-hello");

        var entry = SingleEntry(replies);
        Assert.Equal(4, entry.EntryType);
        Assert.Equal("Failed to execute helloworld-say-hello command.\nError:\nname not specified", entry.Contents.GetString());
        Assert.Equal("{}", await Host.ContextAsync("hw-hello-none"));
    }

    [XsoarContentFact]
    public async Task Ip_asks_the_api_with_the_bearer_key_and_writes_HelloWorld_IP_IP_and_DBotScore_to_the_context()
    {
        var replies = await Host.SayAsync("hw-ip", "!ip ip=151.1.1.1");

        var entry = SingleEntry(replies);
        Assert.Equal(1, entry.EntryType);
        Assert.StartsWith("### IP\n|asn|asn_cidr|asn_country_code|asn_date|asn_description|asn_registry|entities|ip|network|query|raw|score|\n", entry.HumanReadable);
        Assert.Contains(new FakeApiRequest("GET", "/api/v1/ip?ip=151.1.1.1", "Bearer " + hello.ApiKey), hello.Api.Requests);
        // What the code keeps of the API's answer: all of it but objects and nir, with the ip it asked about.
        var answer = JsonNode.Parse(File.ReadAllText(Path.Combine(HelloWorldFixture.TestData(hello.Checkout), "ip_reputation.json")))!.AsObject();
        answer.Remove("objects");
        answer.Remove("nir");
        answer["ip"] = "151.1.1.1";
        var context = JsonNode.Parse(await Host.ContextAsync("hw-ip"))!;
        Assert.Equal(CanonicalJson.Of(answer), CanonicalJson.Of(context["HelloWorld"]!["IP"]));
        Assert.Equal(CanonicalJson.Of("""
            {"Address": "151.1.1.1", "ASN": "3242", "Malicious": {"Vendor": "HelloWorld", "Description": "Hello World returned reputation 70"}}
            """), CanonicalJson.Of(context["IP"]));
        // Reputation 70 against the default threshold_ip of 65: bad.
        Assert.Equal(CanonicalJson.Of("""{"Indicator": "151.1.1.1", "Type": "ip", "Vendor": "HelloWorld", "Score": 3}"""), CanonicalJson.Of(context["DBotScore"]));
    }

    [XsoarContentFact]
    public async Task Domain_parses_the_whois_dates_with_dateparser_as_the_content_test_expects()
    {
        var replies = await Host.SayAsync("hw-domain", "!domain domain=google.com");

        SingleEntry(replies);
        var context = JsonNode.Parse(await Host.ContextAsync("hw-domain"))!;
        var domain = context["HelloWorld"]!["Domain"]!;
        Assert.Equal("1997-09-15T04:00:00.000Z", (string?)domain["creation_date"]);
        Assert.Equal("2028-09-14T04:00:00.000Z", (string?)domain["expiration_date"]);
        Assert.Equal("2019-09-09T15:39:04.000Z", (string?)domain["updated_date"]);
        Assert.Equal(68, (int?)domain["score"]);
        Assert.Equal(CanonicalJson.Of("""{"Indicator": "google.com", "Type": "domain", "Vendor": "HelloWorld", "Score": 3}"""), CanonicalJson.Of(context["DBotScore"]));
    }

    [XsoarContentFact]
    public async Task Search_alerts_without_arguments_asks_for_every_severity_and_writes_the_alerts_with_iso_created_times()
    {
        var replies = await Host.SayAsync("hw-alerts", "!helloworld-search-alerts");

        var entry = SingleEntry(replies);
        Assert.Equal(1, entry.EntryType);
        // No readable_output: CommandResults makes tableToMarkdown('Results', alerts), headers sorted.
        Assert.Equal("""
            ### Results
            |alert_id|alert_status|alert_type|created|name|severity|
            |---|---|---|---|---|---|
            | 100 | ACTIVE | Science Fiction | 2020-02-17T23:34:23.000Z | Hello World Alert 100 | Critical |
            | 200 | ACTIVE | Science Fiction | 2020-02-17T23:34:23.000Z | Hello World Alert 200 | Medium |

            """, entry.HumanReadable);
        Assert.Contains(new FakeApiRequest("GET", "/api/v1/get_alerts?severity=Low%2CMedium%2CHigh%2CCritical", "Bearer " + hello.ApiKey), hello.Api.Requests);
        Assert.Equal(ExpectedAlerts, CanonicalJson.Of(JsonNode.Parse(await Host.ContextAsync("hw-alerts"))!["HelloWorld"]!["Alert"]));
    }

    [XsoarContentFact]
    public async Task Search_alerts_with_the_content_tests_arguments_sends_them_as_its_test_mocks_them()
    {
        await Host.SayAsync("hw-alerts-args", "!helloworld-search-alerts severity=Critical status=ACTIVE max_results=2 start_time=1581982463");

        Assert.Contains(new FakeApiRequest("GET", "/api/v1/get_alerts?alert_status=ACTIVE&severity=Critical&max_results=2&start_time=1581982463", "Bearer " + hello.ApiKey),
            hello.Api.Requests);
        Assert.Equal(ExpectedAlerts, CanonicalJson.Of(JsonNode.Parse(await Host.ContextAsync("hw-alerts-args"))!["HelloWorld"]!["Alert"]));
    }

    [XsoarContentFact]
    public async Task Integration_test_runs_test_module_which_asks_for_one_alert_since_the_first_fetch_time_and_answers_ok()
    {
        var before = DateTimeOffset.UtcNow.AddDays(-3).ToUnixTimeSeconds();

        var replies = await Host.SayAsync("hw-test", $"/integration_test instance={Host.Instance}");

        Assert.Equal($"{Host.Instance} (HelloWorld): ok", Texts.Of(Assert.Single(replies)));
        var asked = hello.Api.Requests.Last(r => r.PathAndQuery.StartsWith("/api/v1/get_alerts?max_results=1&start_time=", StringComparison.Ordinal));
        // first_fetch defaults to '3 days', parsed by dateparser on every command.
        var startTime = long.Parse(asked.PathAndQuery.Split("start_time=")[1]);
        Assert.InRange(startTime, before - 1, DateTimeOffset.UtcNow.AddDays(-3).ToUnixTimeSeconds() + 1);
        Assert.Equal("Bearer " + hello.ApiKey, asked.Authorization);
    }

    [XsoarContentFact]
    public async Task Integration_test_with_a_key_the_api_refuses_fails_with_the_integrations_own_authorization_error()
    {
        var key = "hw-wrong-" + Guid.NewGuid().ToString("N");
        await using var wrong = new HelloWorldInstanceHost(hello.Checkout, hello.Image, hello.Api.Url, key);

        var replies = await wrong.SayAsync("hw-test-wrong", $"/integration_test instance={wrong.Instance}");

        Assert.Contains(hello.Api.Requests, r => r.Authorization == "Bearer " + key && r.PathAndQuery.StartsWith("/api/v1/get_alerts?max_results=1&", StringComparison.Ordinal));
        // The API said 403 Forbidden and test_module returned its own message instead of 'ok'; in XSOAR anything but
        // 'ok' fails the test and is shown as its error (HelloWorld's docstring: "anything else will fail the test").
        var shown = ReplyDisplay.Of(replies).Where(r => r is not ProgressReply).ToList();
        Assert.True(shown is [ErrorReply], "expected the test to fail with one error, got: " + string.Join(" | ", shown.Select(r => $"{r.GetType().Name} {Texts.Of(r)}")));
        Assert.Contains("Authorization Error: make sure API Key is correctly set", ((ErrorReply)shown[0]).Message);
    }

    [XsoarContentFact]
    public async Task The_apikey_reaches_the_api_and_appears_in_no_reply_and_no_log_line()
    {
        var replies = new List<Reply>();
        replies.AddRange(await Host.SayAsync("hw-secret", "!helloworld-say-hello name=Dbot"));
        replies.AddRange(await Host.SayAsync("hw-secret", "!helloworld-say-hello"));
        replies.AddRange(await Host.SayAsync("hw-secret", "!ip ip=151.1.1.1"));
        replies.AddRange(await Host.SayAsync("hw-secret", "!helloworld-search-alerts"));
        replies.AddRange(await Host.SayAsync("hw-secret", $"/integration_test instance={Host.Instance}"));

        Assert.Contains(hello.Api.Requests, r => r.Authorization == "Bearer " + hello.ApiKey);
        Assert.DoesNotContain(hello.ApiKey, Texts.All(ReplyDisplay.Of(replies)));
        Assert.DoesNotContain(hello.ApiKey, string.Join("\n", replies.OfType<EntryReply>().Select(e => e.Contents.GetRawText() + e.EntryContext?.GetRawText())));
        Assert.DoesNotContain(hello.ApiKey, await Host.ContextAsync("hw-secret"));
        Assert.NotEmpty(hello.Logs.Lines);
        Assert.DoesNotContain(hello.Logs.Lines, line => line.Contains(hello.ApiKey, StringComparison.Ordinal));
    }

    /// <summary>search_alerts.json's alerts with created as the integration writes it, as its test_search_alerts expects.</summary>
    private static string ExpectedAlerts => CanonicalJson.Of("""
        [{"name": "Hello World Alert 100", "alert_type": "Science Fiction", "alert_status": "ACTIVE", "severity": "Critical",
          "created": "2020-02-17T23:34:23.000Z", "alert_id": "100"},
         {"name": "Hello World Alert 200", "alert_type": "Science Fiction", "alert_status": "ACTIVE", "severity": "Medium",
          "created": "2020-02-17T23:34:23.000Z", "alert_id": "200"}]
        """);

    private static EntryReply SingleEntry(List<Reply> replies)
    {
        var entries = replies.OfType<EntryReply>().ToList();
        Assert.True(entries.Count == 1, $"expected one entry, got {entries.Count}:\n{Texts.All(replies)}");
        return entries[0];
    }
}
