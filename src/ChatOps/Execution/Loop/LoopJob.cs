using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Execution.Loop;

/// <summary>
/// One job line of the python-loop protocol: the code and the calling context the demisto object reads. Context is
/// the server's side of it as XSOAR sends it (Inv, Incidents, ExecutionContext = the war room's context, ...).
/// </summary>
public sealed record LoopJob(string Script, JsonObject Args, JsonObject Context, bool Native = false, bool Integration = false, string Command = "",
    JsonObject? Params = null, JsonObject? DemistoVersion = null)
{
    /// <summary>The job as one UTF-8 JSON line, newline included.</summary>
    public byte[] ToLine()
    {
        var buffer = new ArrayBufferWriter<byte>(Script.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("script", Script);
            writer.WriteBoolean("integration", Integration);
            writer.WriteBoolean("native", Native);
            writer.WritePropertyName("args");
            Args.WriteTo(writer);
            writer.WritePropertyName("params");
            (Params ?? []).WriteTo(writer);
            writer.WriteString("command", Command);
            writer.WritePropertyName("context");
            Context.WriteTo(writer);
            if (DemistoVersion is not null)
            {
                writer.WritePropertyName("demistoVersion");
                DemistoVersion.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        var line = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(line);
        line[^1] = (byte)'\n';
        return line;
    }
}
