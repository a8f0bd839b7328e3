using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ChatOps.Bots.Slack.FollowUp;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// Reads a slash command from Slack's form body or a Socket Mode payload. Every field is checked: a missing or
/// repeated field, a command not starting with '/', or a response_url outside the allowlist makes the whole
/// request malformed, so nothing runs.
/// </summary>
internal sealed class SlashCommandReader(ResponseUrlPolicy responseUrls)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses an application/x-www-form-urlencoded body into its fields; false if it is not valid UTF-8 or repeats a field.</summary>
    public static bool TryReadForm(ReadOnlySpan<byte> body, [NotNullWhen(true)] out Dictionary<string, string>? fields, [NotNullWhen(false)] out string? problem)
    {
        fields = null;
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            problem = "the body is not UTF-8";
            return false;
        }

        var parsed = QueryHelpers.ParseQuery(text);
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in parsed)
        {
            if (values.Count != 1)
            {
                fields = null;
                problem = $"the field '{key}' appears more than once";
                return false;
            }
            fields[key] = values.ToString();
        }
        problem = null;
        return true;
    }

    /// <summary>Converts a Socket Mode slash_commands payload (a JSON object of strings) into the same fields.</summary>
    public static bool TryReadPayload(JsonElement payload, [NotNullWhen(true)] out Dictionary<string, string>? fields, [NotNullWhen(false)] out string? problem)
    {
        fields = null;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            problem = "the payload is not a JSON object";
            return false;
        }
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            // Non-string fields (e.g. is_enterprise_install) are not ours to read.
            if (property.Value.ValueKind == JsonValueKind.String) fields[property.Name] = property.Value.GetString()!;
        }
        problem = null;
        return true;
    }

    public bool TryRead(IReadOnlyDictionary<string, string> fields, [NotNullWhen(true)] out SlashCommand? command, [NotNullWhen(false)] out string? problem)
    {
        command = null;
        if (!TryRequire(fields, "command", out var name, out problem)
            || !TryRequire(fields, "user_id", out var user, out problem)
            || !TryRequire(fields, "channel_id", out var channel, out problem)
            || !TryRequire(fields, "response_url", out var responseUrl, out problem))
        {
            return false;
        }
        if (name[0] != '/' || name.Any(char.IsWhiteSpace))
        {
            problem = "the field 'command' must be one word starting with '/'";
            return false;
        }
        if (!responseUrls.TryAccept(responseUrl, out var url, out problem)) return false;

        command = new SlashCommand(fields.GetValueOrDefault("team_id", ""), channel, user, name, fields.GetValueOrDefault("text", "").Trim(), url);
        return true;
    }

    private static bool TryRequire(IReadOnlyDictionary<string, string> fields, string name, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? problem)
    {
        if (fields.TryGetValue(name, out value) && value.Length > 0)
        {
            problem = null;
            return true;
        }
        value = null;
        problem = $"the field '{name}' is missing";
        return false;
    }
}
