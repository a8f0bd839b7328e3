using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ChatOps.App.Cli.Json;

/// <summary>
/// A raw value as JSON: numbers as numbers, times as ISO-8601 in UTC ("2026-12-01T17:57:00Z"), durations as
/// seconds, maps as objects, lists as arrays, anything else as its invariant text.
/// </summary>
internal static class RawJsonValue
{
    /// <summary>A shown cell or field that stands for nothing ("-", "") is null; other text is itself.</summary>
    public static object? FromShown(string shown) => shown is "-" or "" ? null : shown;

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case DateTimeOffset time: writer.WriteStringValue(Utc(time)); break;
            case DateTime time: writer.WriteStringValue(Utc(new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time))); break;
            case TimeSpan duration: writer.WriteNumberValue(Math.Round(duration.TotalSeconds, 3)); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
