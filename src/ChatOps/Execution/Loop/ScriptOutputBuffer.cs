using System.Text.Json;

namespace ChatOps.Execution.Loop;

/// <summary>Keeps a run's outputs in order until their size reaches the cap, then only counts what it drops.</summary>
internal sealed class ScriptOutputBuffer(int limitBytes)
{
    private readonly List<ScriptOutput> _outputs = [];
    private long _size;

    public long DroppedBytes { get; private set; }

    public IReadOnlyList<ScriptOutput> Outputs => _outputs;

    public void Add(ScriptOutput output, long bytes)
    {
        if (_size + bytes > limitBytes)
        {
            DroppedBytes += bytes;
            return;
        }
        _size += bytes;
        _outputs.Add(output);
    }

    public void Drop(long bytes) => DroppedBytes += bytes;

    public void AddEntries(JsonElement results, long bytes)
    {
        if (results.ValueKind != JsonValueKind.Array) return;
        var count = Math.Max(1, results.GetArrayLength());
        foreach (var entry in results.EnumerateArray()) Add(new EntryOutput(entry.Clone()), bytes / count);
    }
}
