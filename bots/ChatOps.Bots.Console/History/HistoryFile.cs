using System.Text;

namespace ChatOps.Bots.Console.History;

/// <summary>
/// The REPL history on disk: one line per entry, UTF-8, newest last, readable by its owner only (lines can hold
/// values people would rather not share). Loading keeps the newest <c>capacity</c> entries and rewrites a file that
/// grew past twice that; each new line is appended at once so a crash loses nothing.
/// </summary>
internal sealed class HistoryFile(string path)
{
    /// <summary>Longer lines are not worth recalling and are skipped on load (a pasted 100,000-character line).</summary>
    public const int MaxLineLength = 4096;

    public string Path { get; } = path;

    public CommandHistory Load(int capacity)
    {
        if (!File.Exists(Path)) return new CommandHistory(capacity);
        var lines = File.ReadAllLines(Path, Encoding.UTF8);
        var history = new CommandHistory(capacity, lines.Where(l => l.Length <= MaxLineLength));
        if (lines.Length > 2 * capacity) Rewrite(history.Entries);
        return history;
    }

    public void Append(string line)
    {
        if (line.Length > MaxLineLength) return;
        EnsureFile();
        File.AppendAllText(Path, line + "\n", new UTF8Encoding(false));
    }

    private void Rewrite(IReadOnlyList<string> entries)
    {
        var temporary = Path + ".tmp";
        File.WriteAllLines(temporary, entries, new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, Path, overwrite: true);
    }

    private void EnsureFile()
    {
        if (File.Exists(Path)) return;
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(Path, "");
            return;
        }
        using var created = new FileStream(Path, new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}
