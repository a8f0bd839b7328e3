namespace ChatOps.Bots.Tests.Console.Support;

/// <summary>Key presses as a terminal delivers them, for scripting the line editor and the REPL.</summary>
internal static class Keys
{
    public static ConsoleKeyInfo Enter => Special(ConsoleKey.Enter, '\r');
    public static ConsoleKeyInfo Tab => Special(ConsoleKey.Tab, '\t');
    public static ConsoleKeyInfo Backspace => Special(ConsoleKey.Backspace, '\b');
    public static ConsoleKeyInfo Delete => Special(ConsoleKey.Delete);
    public static ConsoleKeyInfo Left => Special(ConsoleKey.LeftArrow);
    public static ConsoleKeyInfo Right => Special(ConsoleKey.RightArrow);
    public static ConsoleKeyInfo Home => Special(ConsoleKey.Home);
    public static ConsoleKeyInfo End => Special(ConsoleKey.End);
    public static ConsoleKeyInfo Up => Special(ConsoleKey.UpArrow);
    public static ConsoleKeyInfo Down => Special(ConsoleKey.DownArrow);
    public static ConsoleKeyInfo Escape => Special(ConsoleKey.Escape, '\u001b');

    /// <summary>Ctrl and a letter, as .NET reports it: the control character, the letter's key, the Control modifier.</summary>
    public static ConsoleKeyInfo Ctrl(char letter) =>
        new((char)(char.ToUpperInvariant(letter) - '@'), ConsoleKey.A + (char.ToUpperInvariant(letter) - 'A'), false, false, true);

    public static ConsoleKeyInfo Char(char c) =>
        new(c, char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : 0, char.IsAsciiLetterUpper(c), false, false);

    public static IEnumerable<ConsoleKeyInfo> Type(string text) => text.Select(Char);

    private static ConsoleKeyInfo Special(ConsoleKey key, char c = '\0') => new(c, key, false, false, false);
}
