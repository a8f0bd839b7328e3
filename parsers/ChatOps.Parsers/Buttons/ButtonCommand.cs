using System.Diagnostics.CodeAnalysis;
using ChatOps.Parsers.Rules;

namespace ChatOps.Parsers.Buttons;

/// <summary>
/// What a chat button carries and the war-room line it stands for. A button names its command by the verb without
/// its slash (Slack's action_id, the first part of Discord's custom_id) and carries one id as its value. Whatever a
/// platform sends back is hostile until read here: only a catalogue command that declares a ButtonKey, only an id
/// of digits, and the line is built from those two checked parts, never from the text sent.
/// </summary>
public static class ButtonCommand
{
    /// <summary>Separates the action from the value in a single-string button id (Discord's custom_id).</summary>
    public const char Separator = ':';

    /// <summary>The action name of a command's buttons: "docker_image_approve".</summary>
    public static string ActionOf(string verb) => verb.TrimStart('/');

    /// <summary>Action and value in one string, for platforms whose button has a single id (at most 100 characters on Discord).</summary>
    public static string CombinedId(string verb, string value) => ActionOf(verb) + Separator + value;

    /// <summary>The war-room line of a pressed button, e.g. "/docker_image_approve id=12".</summary>
    public static bool TryLine(string? action, string? value, [NotNullWhen(true)] out string? line, [NotNullWhen(false)] out string? problem)
    {
        line = null;
        var spec = action is { Length: > 0 and <= 64 } && !action.StartsWith('/') ? CommandCatalog.Find("/" + action) : null;
        if (spec?.ButtonKey is not { } key)
        {
            problem = "the button names no command a button can run";
            return false;
        }
        if (value is null || !ApprovalIdRule.TryRead(value, out var id))
        {
            problem = $"the button's value is not an id ({ApprovalIdRule.Rule})";
            return false;
        }
        line = $"{spec.Verb} {key}={id}";
        problem = null;
        return true;
    }

    /// <summary>The line of a single-string button id ("docker_image_approve:12").</summary>
    public static bool TryLine(string? combinedId, [NotNullWhen(true)] out string? line, [NotNullWhen(false)] out string? problem)
    {
        var at = combinedId?.IndexOf(Separator) ?? -1;
        if (combinedId is null || combinedId.Length > 100 || at < 0) return TryLine(null, null, out line, out problem);
        return TryLine(combinedId[..at], combinedId[(at + 1)..], out line, out problem);
    }
}
