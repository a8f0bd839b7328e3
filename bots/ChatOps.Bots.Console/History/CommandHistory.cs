namespace ChatOps.Bots.Console.History;

/// <summary>
/// The lines entered so far, oldest first, at most <see cref="Capacity"/> of them, and where Up/Down has
/// got to. Walking away from the line being typed keeps it as a draft, so Down back past the newest entry
/// returns it unchanged (as bash and readline do).
/// </summary>
internal sealed class CommandHistory
{
    private readonly List<string> _entries = [];
    private int _position;
    private string _draft = "";

    public CommandHistory(int capacity, IEnumerable<string>? entries = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        foreach (var entry in entries ?? []) Remember(entry);
        _position = _entries.Count;
    }

    public int Capacity { get; }

    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Adds a finished line unless it is blank or repeats the newest entry; returns whether it was added.</summary>
    public bool Add(string line)
    {
        var added = Remember(line);
        ResetNavigation();
        return added;
    }

    /// <summary>The entry before the current one, or null at the oldest; <paramref name="current"/> is kept as the draft when leaving it.</summary>
    public string? Previous(string current)
    {
        if (_position == 0) return null;
        if (_position == _entries.Count) _draft = current;
        return _entries[--_position];
    }

    /// <summary>The entry after the current one, the draft after the newest, or null when already on the draft.</summary>
    public string? Next()
    {
        if (_position >= _entries.Count) return null;
        _position++;
        return _position == _entries.Count ? _draft : _entries[_position];
    }

    /// <summary>Back to the (empty) draft, e.g. after Ctrl-C or a submitted line.</summary>
    public void ResetNavigation()
    {
        _position = _entries.Count;
        _draft = "";
    }

    private bool Remember(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Contains('\n') || line.Contains('\r')) return false;
        if (_entries.Count > 0 && _entries[^1] == line) return false;
        _entries.Add(line);
        if (_entries.Count > Capacity) _entries.RemoveRange(0, _entries.Count - Capacity);
        return true;
    }
}
