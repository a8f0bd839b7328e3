using Spectre.Console;

namespace ChatOps.Bots.Tests.Console.Support;

/// <summary>A Spectre console writing into a string, not interactive, with or without ANSI codes.</summary>
internal sealed class RecordingConsole
{
    private readonly StringWriter _output = new();

    public RecordingConsole(bool ansi = false, int width = 100)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        Console.Profile.Width = width;
    }

    public IAnsiConsole Console { get; }

    public string Output => _output.ToString();

    /// <summary>The output without ANSI sequences, bells and carriage returns: what a reader sees, line by line.</summary>
    public string Text => System.Text.RegularExpressions.Regex.Replace(Output, "\u001b\\[[0-9;?]*[A-Za-z]|\a|\r", "");
}
