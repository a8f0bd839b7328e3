using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.FollowUp;
using ChatOps.Parsers.Buttons;

namespace ChatOps.Bots.Slack.Interactivity;

/// <summary>
/// A button press (a block_actions payload, from the interactivity endpoint's form field "payload" or a Socket Mode
/// "interactive" envelope) -> the slash command it stands for. Everything in it is checked: the type, user and
/// channel ids of Slack's shape, a response_url inside the allowlist, exactly one action that is a button, and
/// its action_id and value through <see cref="ButtonCommand"/>; the line is made from those, never taken from it.
/// </summary>
internal sealed class BlockActionReader(ResponseUrlPolicy responseUrls)
{
    private const int MaxIdLength = 32;

    public bool TryRead(JsonElement payload, [NotNullWhen(true)] out SlashCommand? command, [NotNullWhen(false)] out string? problem)
    {
        command = null;
        if (payload.ValueKind != JsonValueKind.Object) return Fail("the payload is not a JSON object", out problem);
        if (String(payload, "type") != "block_actions") return Fail("only block_actions payloads are taken", out problem);
        var user = Id(Member(payload, "user"), "id");
        var channel = Id(Member(payload, "channel"), "id") ?? Id(Member(payload, "container"), "channel_id");
        if (user is null || channel is null) return Fail("the payload has no well-formed user.id and channel.id", out problem);
        if (String(payload, "response_url") is not { } responseUrl) return Fail("the field 'response_url' is missing", out problem);
        if (!responseUrls.TryAccept(responseUrl, out var url, out problem)) return false;

        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() != 1)
            return Fail("a button press carries exactly one action", out problem);
        var action = actions[0];
        if (action.ValueKind != JsonValueKind.Object || String(action, "type") != "button") return Fail("the action is not a button", out problem);
        if (!ButtonCommand.TryLine(String(action, "action_id"), String(action, "value"), out var line, out problem)) return false;

        var space = line.IndexOf(' ');
        command = new SlashCommand(Id(Member(payload, "team"), "id") ?? "", channel, user, line[..space], line[(space + 1)..], url);
        return true;
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Object ? member : default;

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A Slack id (U0123, C0123, T0123): letters and digits only, so nothing else reaches the audit or a grant lookup.</summary>
    private static string? Id(JsonElement element, string property) =>
        String(element, property) is { Length: > 0 and <= MaxIdLength } id && id.All(char.IsAsciiLetterOrDigit) ? id : null;

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }
}
