using System.Text.RegularExpressions;
using Docker.DotNet.Models;

namespace ChatOps.Engine;

/// <summary>
/// Reads the engine's JSON message stream (build, pull, push) as it arrives, synchronously so lines keep their
/// order (Progress&lt;T&gt; would post them to the thread pool): remembers the current step, a bounded log tail
/// and the first error, and forwards each line as build progress. The engine cuts a RUN step's output wherever
/// its buffers end, so a line split across messages is put back together before it is forwarded; call
/// <see cref="Complete"/> at the end of the stream for a last line without a newline.
/// </summary>
internal sealed partial class EngineMessageLog(IProgress<EngineBuildProgress>? progress) : IProgress<JSONMessage>
{
    private const int KeptLines = 50;
    private readonly Queue<string> _tail = new();
    private int? _step;
    private int? _total;
    private string _partial = "";

    public string? Error { get; private set; }

    /// <summary>The engine's last "Step N/M : ..." line, i.e. the step that was running when an error came.</summary>
    public string? CurrentStep { get; private set; }

    public IReadOnlyList<string> Tail(int lines) => _tail.TakeLast(lines).ToList();

    public void Report(JSONMessage value)
    {
        var error = value.Error?.Message ?? value.ErrorMessage;
        if (!string.IsNullOrEmpty(error))
        {
            Complete(); // the output just before an error is what explains it
            Error ??= error.Trim();
            Remember(error.Trim());
            return;
        }
        if (value.Stream is not null)
        {
            var text = _partial + value.Stream;
            var end = text.LastIndexOf('\n');
            _partial = text[(end + 1)..];
            if (end >= 0) Forward(text[..end]);
            return;
        }
        if (value.Status is not null) Forward($"{value.Status} {value.ProgressMessage}");
    }

    /// <summary>The stream ended: a last line that had no newline is forwarded now.</summary>
    public void Complete()
    {
        var rest = _partial;
        _partial = "";
        Forward(rest);
    }

    private void Forward(string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var step = StepLine().Match(line);
            if (step.Success)
            {
                _step = int.Parse(step.Groups[1].Value);
                _total = int.Parse(step.Groups[2].Value);
                CurrentStep = line;
            }
            Remember(line);
            progress?.Report(new EngineBuildProgress(_step, _total, line));
        }
    }

    private void Remember(string line)
    {
        _tail.Enqueue(line);
        while (_tail.Count > KeptLines) _tail.Dequeue();
    }

    [GeneratedRegex(@"^Step (\d+)/(\d+) : ")]
    private static partial Regex StepLine();
}
