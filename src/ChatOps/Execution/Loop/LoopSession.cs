using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatOps.Engine;

namespace ChatOps.Execution.Loop;

/// <summary>
/// The server side of the python-loop protocol over one container's attach stream, and nothing beyond it:
/// ping/pong, one job line, then entryLog/result/exception messages and blocking requests until the answer ends
/// (the job's `answered`, or the loop's `completed`). One job at a time, until its `completed`: the pool hands a
/// session to one job only.
/// </summary>
public sealed partial class LoopSession : IDisposable
{
    private static readonly byte[] PingLine = "ping\n"u8.ToArray();

    private readonly IAttachedStream _stream;
    private readonly LoopLineReader _reader;
    private readonly int _maxLineBytes;
    private int _busy;

    /// <summary>True between a job's `answered` and the loop's `completed`: the session is still that job's.</summary>
    private bool _awaitingCompletion;

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
    /// Runs one job until its answer ends: at the job's own `answered` (then the session stays busy until
    /// <see cref="AwaitCompletionAsync"/> has seen the loop's `completed`), at the loop's `completed`, or when the
    /// loop's output ends (it died, or the container was killed). Outputs go to the buffer, capped; requests go to
    /// the handler.
    /// </summary>
    internal async Task<LoopAnswer> RunAsync(LoopJob job, ILoopRequestHandler handler, ScriptOutputBuffer outputs, CancellationToken cancellationToken)
    {
        Enter();
        var answered = false;
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
                if (await HandleLineAsync(line.Bytes, handler, outputs, cancellationToken) is { } end)
                {
                    answered = end == LoopAnswer.Answered;
                    return end;
                }
            }
            return LoopAnswer.OutputEnded;
        }
        finally
        {
            _reader.StandardErrorLine = null;
            if (answered) _awaitingCompletion = true;
            else Exit();
        }
    }

    /// <summary>
    /// After a job's `answered`: reads until the loop's `completed` with the expected token, so the next job is sent
    /// only once every process of this one is gone. What comes meanwhile belongs to no answer and is only counted;
    /// the loop's fence is answered and its retire noted, and a request the job still makes gets an error reply, so
    /// it does not wait for ever.
    /// </summary>
    internal async Task<LoopCompletion> AwaitCompletionAsync(CancellationToken cancellationToken)
    {
        if (!_awaitingCompletion) throw new InvalidOperationException("No job of this session is waiting for its completion.");
        var discarded = 0;
        try
        {
            _reader.StandardErrorLine = (_, _) => discarded++;
            while (await _reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Truncated)
                {
                    discarded++;
                    await RefuseIfRequestAsync(line, $"is larger than {_maxLineBytes} bytes and was refused", cancellationToken);
                    continue;
                }
                if (line.Bytes.AsSpan().Trim(" \t\r"u8).IsEmpty) continue;
                var (type, root) = Parse(line.Bytes);
                switch (type)
                {
                    case "completed" when AcceptsCompletion(root!.Value):
                        return new LoopCompletion(true, discarded);
                    case "fence":
                        await ReplyAsync(FenceReply(root!.Value), cancellationToken);
                        break;
                    case "retire":
                        Retired = true;
                        break;
                    case { } request when !IsOneWay(request) && request.Length > 0:
                        discarded++;
                        await ReplyAsync($"$$##the {request} request came after the script's answer was sent and was refused", cancellationToken);
                        break;
                    default:
                        discarded++;
                        break;
                }
            }
            return new LoopCompletion(false, discarded);
        }
        finally
        {
            _reader.StandardErrorLine = null;
            _awaitingCompletion = false;
            Exit();
        }
    }

    /// <summary>The line's type ("" when it has none, null when it is not JSON) and its root, cloned.</summary>
    private static (string? Type, JsonElement? Root) Parse(byte[] line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement.Clone();
            return (root.ValueKind == JsonValueKind.Object ? StringProperty(root, "type") ?? "" : "", root);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private async Task<LoopAnswer?> HandleLineAsync(byte[] line, ILoopRequestHandler handler, ScriptOutputBuffer outputs, CancellationToken cancellationToken)
    {
        // The loop ends whatever a job left unfinished on the stream with a newline of its own: an empty line is nothing.
        if (line.AsSpan().Trim(" \t\r"u8).IsEmpty) return null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            // Not the protocol (a foreign loop's stray print): show it as a log line rather than lose it.
            outputs.Add(new LogOutput(Encoding.UTF8.GetString(line)), line.Length);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            switch (type)
            {
                case "completed":
                    return AcceptsCompletion(root) ? LoopAnswer.Completed : null;
                case "answered":
                    // Trusted only from a loop that chains its completions: the next job then waits for the
                    // token-checked `completed`, so a job that writes this line can only cut its own answer short.
                    return _completionToken is null ? null : LoopAnswer.Answered;
                case "pong" or "ready":
                    return null;
                case "entryLog":
                    outputs.Add(new LogOutput(ArgsText(root, "message")), line.Length);
                    return null;
                case "result":
                    if (root.TryGetProperty("results", out var results)) outputs.AddEntries(results, line.Length);
                    return null;
                case "exception":
                    outputs.Add(new ExceptionOutput(TracebackOf(root)), line.Length);
                    return null;
                case "":
                    outputs.Add(new LogOutput(Encoding.UTF8.GetString(line)), line.Length);
                    return null;
                case "fence":
                    await ReplyAsync(FenceReply(root), cancellationToken);
                    return null;
                case "retire":
                    Retired = true;
                    return null;
                default:
                    var reply = await handler.HandleAsync(type, root, cancellationToken);
                    await ReplyAsync(reply, cancellationToken);
                    return null;
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
        await RefuseIfRequestAsync(line, $"is larger than {_maxLineBytes} bytes and was refused", cancellationToken);
    }

    /// <summary>An error reply when the line is a blocking request (the script waits for an answer), else nothing.</summary>
    private async Task RefuseIfRequestAsync(LoopLine line, string why, CancellationToken cancellationToken)
    {
        var head = Encoding.UTF8.GetString(line.Bytes, 0, Math.Min(line.Bytes.Length, 200));
        var match = TypeField().Match(head);
        if (match.Success && !IsOneWay(match.Groups[1].Value))
            await ReplyAsync($"$$##the {match.Groups[1].Value} request {why}", cancellationToken);
    }

    /// <summary>
    /// The loop reads everything up to this answer away before the next job, so a reply meant for a job that died
    /// cannot reach the next one.
    /// </summary>
    private static string FenceReply(JsonElement root) => "fence " + (root.TryGetProperty("id", out var id) ? id.GetRawText() : "0");

    private static bool IsOneWay(string type) =>
        type is "entryLog" or "result" or "exception" or "completed" or "answered" or "pong" or "retire" or "ready";

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
