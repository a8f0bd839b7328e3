using System.Security.Cryptography;
using System.Text.Json;

namespace ChatOps.Audit;

/// <summary>
/// SHA-256 of a row's content and the previous row's hash, so editing, deleting or reordering a row breaks every
/// link after it. The content is written as a JSON array in a fixed order: unambiguous (no "a|b" vs "a|" + "b"
/// collisions) and easy to recompute by anyone holding an export.
/// </summary>
public static class AuditRowHash
{
    /// <summary>The previous hash of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(AuditRow row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(row.Id);
            json.WriteStringValue(row.Kind);
            if (row.CommandId is { } commandId) json.WriteNumberValue(commandId); else json.WriteNullValue();
            json.WriteStringValue(row.At);
            json.WriteStringValue(row.Owner);
            json.WriteStringValue(row.Platform);
            json.WriteStringValue(row.User);
            json.WriteStringValue(row.Channel);
            json.WriteStringValue(row.Verb);
            json.WriteStringValue(row.Text);
            if (row.Outcome is { } outcome) json.WriteStringValue(outcome); else json.WriteNullValue();
            if (row.DurationMs is { } duration) json.WriteNumberValue(duration); else json.WriteNullValue();
            json.WriteStringValue(row.PreviousHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
