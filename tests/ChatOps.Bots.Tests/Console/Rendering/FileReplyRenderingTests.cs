using ChatOps.Bots.Console;
using ChatOps.Bots.Console.Rendering;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Rendering;

/// <summary>In the console a returned file is already where the bot kept it: the line says where.</summary>
public sealed class FileReplyRenderingTests
{
    private static readonly FileReply Report = new("report.json", "/var/lib/chatops/files/console/f-1/report.json", 1536, "application/json");

    [Fact]
    public void Plain_text_says_the_file_its_size_and_the_path_it_was_saved_to()
    {
        Assert.Equal("file report.json (1.5 KiB) saved to /var/lib/chatops/files/console/f-1/report.json", PlainTextRenderer.Render(Report));
    }

    [Fact]
    public void A_file_in_an_entry_is_the_saved_line_and_sizes_read_in_binary_units()
    {
        Assert.Equal("file a (12 B) saved to /k/a", PlainTextRenderer.Render(Entries.Showing(new FileReply("a", "/k/a", 12, null))));
        Assert.Equal("file b (8 MiB) saved to /k/b", PlainTextRenderer.Render(new FileReply("b", "/k/b", 8 * 1024 * 1024, null)));
    }

    [Fact]
    public void A_name_with_control_characters_is_shown_on_one_line_and_not_obeyed()
    {
        var line = PlainTextRenderer.Render(new FileReply("x\n\u001b[2Jy", "/k/x__2Jy", 1, null));

        Assert.Equal("file x\u240a\u241b[2Jy (1 B) saved to /k/x__2Jy", line);
    }

    [Fact]
    public void The_spectre_console_prints_the_same_saved_line()
    {
        var console = new RecordingConsole(ansi: true);

        new SpectreReplyRenderer(console.Console).Render(Entries.Showing(Report));

        Assert.Equal("file report.json (1.5 KiB) saved to /var/lib/chatops/files/console/f-1/report.json\n", console.Text);
    }
}
