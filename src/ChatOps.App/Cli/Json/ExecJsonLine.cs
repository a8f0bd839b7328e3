using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatOps.Replies;

namespace ChatOps.App.Cli.Json;

/// <summary>
/// One reply as one line of `chatops exec --json`, shape version <see cref="Version"/> (README, "exec --json"):
/// {"version":1,"kind":"progress|result|error","type":"table",...}. Written by hand rather than by serialising
/// the reply records, so the records can change without changing what automation reads; raise Version when a
/// field changes meaning or goes away (new fields may be added within a version).
/// </summary>
internal static class ExecJsonLine
{
    public const int Version = 1;

    // Relaxed: these lines go to programs and terminals, never into HTML, so "<none>" and "+" stay readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>progress while the command runs, error for a reply that shows an error, result for the rest.</summary>
    public static string KindOf(Reply reply) =>
        reply is ProgressReply ? "progress" : ReplyDisplay.ErrorOf(reply) is not null ? "error" : "result";

    public static string Of(Reply reply)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteString("kind", KindOf(reply));
            ExecJsonReply.WriteFields(writer, reply);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
