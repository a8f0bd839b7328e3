using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatOps.Engine;

namespace ChatOps.Execution.Loop;

/// <summary>
/// The server side of the python-loop protocol over one container's attach stream, and nothing beyond it:
/// ping/pong, one job line, then entryLog/result/exception messages and blocking requests until completed.
/// One job at a time; the pool hands a session to one job only.
/// </summary>
public sealed partial class LoopSession : IDisposable
{
    private static readonly byte[] PingLine = "ping\n"u8.ToArray();

    private readonly IAttachedStream _stream;
    private readonly LoopLineReader _reader;
    private readonly int _maxLineBytes;
    private int _busy;

    public LoopSession(IAttachedStream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _reader = new LoopLineReader(stream, maxLineBytes);
    }

    /// <summary>True once the loop asked not to be reused: it could not clean up after a job.</summary>
    public bool Retired { get; private set; }

    /// <summary>
    /// The token the loop's next `completed` must carry, once its `ready` gave the first: a job can write to the
    /// protocol stream, and a `completed` of its own would end it early and let its later lines pass for the next
    /// job's answer. Null for a loop that chains nothing (then any `completed` ends the job).
    /// </summary>
    private string? _completionToken;

    /// <summary>True when the loop answers ping with pong; false when its output ended first. Stderr lines go to the list.</summary>
    public async Task<bool> PingAsync(ICollection<string>? standardError, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            _reader.StandardErrorLine = standardError is null ? null : (text, _) => standardError.Add(text);
            await _stream.WriteAsync(PingLine, cancellationToken);
            while (await _reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Truncated) continue;
                switch (TypeOf(line.Bytes, out var next))
                {
                    case "pong":
                        return true;
                    case "ready" when _completionToken is null && next is not null:
                        // Only before the first job: the loop's parent says it once, before any job runs.
                        _completionToken = next;
                        break;
                }
            }
            return false;
        }
        finally
        {
            _reader.StandardErrorLine = null;
            Exit();
        }
    }

    /// <summary>
    /// Runs one job. Returns true when the loop said completed, false when its output ended (the loop died or
    /// the container was killed). Outputs go to the buffer, capped; requests go to the handler.
    /// </summary>
    internal async Task<bool> RunAsync(LoopJob job, ILoopRequestHandler handler, ScriptOutputBuffer outputs, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            _reader.StandardErrorLine = (text, dropped) =>
            {
                outputs.Add(new LogOutput(text), text.Length);
                outputs.Drop(dropped);
            };
            await _stream.WriteAsync(job.ToLine(), cancellationToken);
            while (await _reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Truncated)
                {
                    await HandleTruncatedAsync(line, outputs, cancellationToken);
                    continue;
                }
                if (await HandleLineAsync(line.Bytes, handler, outputs, cancellationToken)) return true;
            }
            return false;
        }
        finally
        {
            _reader.StandardErrorLine = null;
            Exit();
        }
    }

    private async Task<bool> HandleLineAsync(byte[] line, ILoopRequestHandler handler, ScriptOutputBuffer outputs, CancellationToken cancellationToken)
    {
        // The loop ends whatever a job left unfinished on the stream with a newline of its own: an empty line is nothing.
        if (line.AsSpan().Trim(" \t\r"u8).IsEmpty) return false;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            // Not the protocol (a foreign loop's stray print): show it as a log line rather than lose it.
            outputs.Add(new LogOutput(Encoding.UTF8.GetString(line)), line.Length);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            switch (type)
            {
                case "completed":
                    return AcceptsCompletion(root);
                case "pong" or "ready":
                    return false;
                case "entryLog":
                    outputs.Add(new LogOutput(ArgsText(root, "message")), line.Length);
                    return false;
                case "result":
                    if (root.TryGetProperty("results", out var results)) outputs.AddEntries(results, line.Length);
                    return false;
                case "exception":
                    outputs.Add(new ExceptionOutput(TracebackOf(root)), line.Length);
                    return false;
                case "":
                    outputs.Add(new LogOutput(Encoding.UTF8.GetString(line)), line.Length);
                    return false;
                case "fence":
                    // The loop reads everything up to this answer away before the next job, so a reply meant for a
                    // job that died cannot reach the next one.
                    await ReplyAsync("fence " + (root.TryGetProperty("id", out var id) ? id.GetRawText() : "0"), cancellationToken);
                    return false;
                case "retire":
                    Retired = true;
                    return false;
                default:
                    var reply = await handler.HandleAsync(type, root, cancellationToken);
                    await ReplyAsync(reply, cancellationToken);
                    return false;
            }
        }
    }

    /// <summary>
    /// A line over the length limit cannot be parsed. If it was a blocking request the script waits for an answer,
    /// so it gets an error reply; anything else is counted as dropped output.
    /// </summary>
    private async Task HandleTruncatedAsync(LoopLine line, ScriptOutputBuffer outputs, CancellationToken cancellationToken)
    {
        outputs.Drop(line.Bytes.Length + line.Dropped);
        var head = Encoding.UTF8.GetString(line.Bytes, 0, Math.Min(line.Bytes.Length, 200));
        var match = TypeField().Match(head);
        if (match.Success && !IsOneWay(match.Groups[1].Value))
            await ReplyAsync($"$$##the {match.Groups[1].Value} request is larger than {_maxLineBytes} bytes and was refused", cancellationToken);
    }

    private static bool IsOneWay(string type) => type is "entryLog" or "result" or "exception" or "completed" or "pong" or "retire" or "ready";

    /// <summary>True for the loop's own `completed` (which names the next token); one without the token is a job's, ignored.</summary>
    private bool AcceptsCompletion(JsonElement root)
    {
        if (_completionToken is null) return true;
        if (StringProperty(root, "token") != _completionToken) return false;
        _completionToken = StringProperty(root, "next");
        return true;
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task ReplyAsync(string reply, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(reply.Replace('\n', ' ') + "\n");
        await _stream.WriteAsync(bytes, cancellationToken);
    }

    private static string ArgsText(JsonElement root, string name) =>
        root.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Object && args.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : "";

    private static IReadOnlyList<string> TracebackOf(JsonElement root)
    {
        if (!root.TryGetProperty("args", out var args) || !args.TryGetProperty("exception", out var exception)) return ["(no traceback)"];
        return exception.ValueKind switch
        {
            JsonValueKind.Array => exception.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())
                .SelectMany(e => e.Split('\n')).ToList(),
            JsonValueKind.String => exception.GetString()!.Split('\n'),
            _ => [exception.GetRawText()],
        };
    }

    private static string? TypeOf(byte[] line, out string? next)
    {
        next = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            next = StringProperty(root, "next");
            return StringProperty(root, "type");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Enter()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
            throw new InvalidOperationException("A loop session runs one job at a time; the pool gave this container to two jobs.");
    }

    private void Exit() => Volatile.Write(ref _busy, 0);

    public void Dispose() => _stream.Dispose();

    [GeneratedRegex("^\\s*\\{\\s*\"type\"\\s*:\\s*\"([A-Za-z]+)\"")]
    private static partial Regex TypeField();
}
