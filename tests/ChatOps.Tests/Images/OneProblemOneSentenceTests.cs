using System.Text.RegularExpressions;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using ChatOps.Tests.Replies.Support;

namespace ChatOps.Tests.Images;

/// <summary>
/// Issue 17, "one problem, one sentence": the known refusals typed through the real war room, with the real
/// package vetting and an index that cannot be reached, as a chat user and as the console's local user (an admin
/// by default). No sentence is said twice, a usage line follows syntax errors only, a chat user is told what to
/// ask for and never a setting name, the admin is told the setting.
/// </summary>
public sealed partial class OneProblemOneSentenceTests
{
    private static readonly ChatMessage ChatUser = new("slack", "U0CHATUSER", "C0WARROOM", "");
    private static readonly ChatMessage ConsoleAdmin = new("console", Environment.UserName, "console", "");

    public static TheoryData<string> KnownRefusals =>
    [
        "/docker_image_create name=example dependencies=requestss",
        "/docker_image_create name=example dependencies=requests,reqeusts",
        "/docker_image_create name=example base=ubuntu:22.04",
        "/docker_image_create name=example base=demisto/python3-deb:latest",
        "/docker_image_create name=Example",
        "/docker_image_create name=example dependencies=requests[;id]",
        "/docker_image_create",
        "/docker_image_update all=true",
        "/docker_image_update",
        "/docker_image_info image=demisto/nothing-here:1.0.0.1",
        "/no_such_command",
    ];

    public static TheoryData<string> SyntaxErrors =>
    [
        "/docker_image_create name=Example",
        "/docker_image_create name=example dependencies=requests[;id]",
        "/docker_image_create",
        "/docker_image_update",
    ];

    public static TheoryData<string> NotSyntaxErrors =>
    [
        "/docker_image_create name=example dependencies=requestss",
        "/docker_image_create name=example base=ubuntu:22.04",
        "/docker_image_create name=example base=demisto/python3-deb:latest",
        "/docker_image_update all=true",
        "/docker_image_info image=demisto/nothing-here:1.0.0.1",
    ];

    [Theory]
    [MemberData(nameof(KnownRefusals))]
    public async Task A_known_refusal_says_each_sentence_once_to_a_chat_user_and_to_an_admin(string line)
    {
        await using var bed = ImagesTestBed.Create(realVetting: true);

        foreach (var sender in new[] { ChatUser, ConsoleAdmin })
        {
            var replies = ImagesTestBed.Outcome(await bed.TypeAsync(sender, line));

            Assert.IsType<ErrorReply>(Assert.Single(replies));
            Assert.Empty(ReplySentences.Repeated(replies));
        }
    }

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public async Task A_syntax_error_is_answered_with_the_usage_line(string line)
    {
        await using var bed = ImagesTestBed.Create(realVetting: true);

        var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(await bed.TypeAsync(ChatUser, line))));

        Assert.StartsWith(line.Split(' ')[0], error.Usage);
    }

    [Theory]
    [MemberData(nameof(NotSyntaxErrors))]
    public async Task A_refusal_by_policy_an_unreachable_index_or_a_missing_image_has_no_usage_line(string line)
    {
        await using var bed = ImagesTestBed.Create(realVetting: true);

        var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(await bed.TypeAsync(ChatUser, line))));

        Assert.Null(error.Usage);
    }

    [Theory]
    [MemberData(nameof(KnownRefusals))]
    public async Task A_chat_user_is_never_told_a_setting_name(string line)
    {
        await using var bed = ImagesTestBed.Create(realVetting: true);

        var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(await bed.TypeAsync(ChatUser, line))));

        Assert.DoesNotMatch(SettingName(), error.Message + error.Detail + error.Usage);
        Assert.Null(error.Remedy);
    }

    [Fact]
    public async Task A_typo_on_an_unreachable_index_tells_a_chat_user_whom_to_ask_and_the_console_admin_which_settings()
    {
        await using var bed = ImagesTestBed.Create(realVetting: true);
        const string line = "/docker_image_create name=example dependencies=requestss";

        var chat = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(await bed.TypeAsync(ChatUser, line))));
        var admin = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(await bed.TypeAsync(ConsoleAdmin, line))));

        Assert.Equal(
            "demisto/example was not built: requestss: looks like a typo: a doubled letter from requests (#6 of the most downloaded PyPI packages); " +
            "did you mean requests? requestss: could not check that it exists: the index http://127.0.0.1:9/simple cannot be reached: Connection refused (127.0.0.1:9). " +
            "To use requestss on purpose, ask an admin to allow the name. Try again later; if the index stays out of reach, ask an admin to check the bot's package index.",
            chat.Message);
        Assert.EndsWith("To use requestss on purpose, add it to Policy:AllowedNames. Check Images:IndexUrl and try again.", admin.Message);

        // The audit row, which the log line is written from, names the settings whoever asked.
        var audit = Assert.IsType<TableReply>(Assert.Single(await bed.TypeAsync(ConsoleAdmin, "/audit")));
        var outcomes = audit.Rows.Select(r => r[audit.Columns.ToList().IndexOf("outcome")]).ToList();
        Assert.Equal(2, outcomes.Count(o => o.Contains("Policy:AllowedNames", StringComparison.Ordinal)));
    }

    // Section:Key, as appsettings.json names a setting (Policy:AllowedNames, Images:IndexUrl, Access:Admins).
    [GeneratedRegex(@"\b(Images|Policy|Access|Executor|Content|Storage|Docker|Integrations|Delivery|RateLimits):[A-Z]")]
    private static partial Regex SettingName();
}
