using System.Text;
using ChatOps.Replies;

namespace ChatOps.Bots.Discord.Rendering;

/// <summary>
/// One reply as Discord message markdown. Output that is not ours (code, tables, script results) goes into code
/// blocks, where Discord renders no markdown and no mention; a ``` inside it is broken up so it cannot end the block.
/// </summary>
internal static class DiscordMarkdown
{
    public const string Fence = "```";

    public static string Render(Reply reply) => reply switch
    {
        TextReply text => Escape(text.Text),
        CodeBlockReply code => CodeBlock(code.Language, code.Code),
        ProgressReply progress => RenderProgress(progress),
        ErrorReply error => RenderError(error),
        TableReply table => (table.Title is null ? "" : "**" + Escape(table.Title) + "**\n") + CodeBlock("", RenderTable(table)),
        CardReply card => "**" + Escape(card.Title) + "**\n" + string.Join("\n", card.Fields.Select(f => $"**{Escape(f.Label)}:** {Escape(f.Value)}")),
        MarkdownReply markdown => DiscordMarkdownLines.Render(markdown.Markdown),
        EntryReply entry => string.Join("\n", entry.Display.Select(Render)),
        // Named where the script returned it; the file itself follows in a message of its own.
        FileReply file => $"📎 {Escape(file.Name)} ({file.SizeText})",
        _ => reply.ToString() ?? "",
    };

    /// <summary>
    /// Replies are plain text (see TextReply): markdown characters are escaped so `example_name_v2` shows as typed
    /// and output cannot dress itself up as a heading, a quote or a masked link.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' || (lineStart && c is '>' or '#' or '-')) escaped.Append('\\');
            escaped.Append(c);
            lineStart = c == '\n';
        }
        return escaped.ToString();
    }

    public static string CodeBlock(string language, string code) =>
        Fence + SafeLanguage(language) + "\n" + code.Replace(Fence, "``\u200b`").TrimEnd('\n') + "\n" + Fence;

    private static string SafeLanguage(string language) => language.All(char.IsAsciiLetterOrDigit) ? language : "";

    private static string RenderProgress(ProgressReply progress) =>
        progress.Step is { } step && progress.TotalSteps is { } total
            ? $"⏳ [{step}/{total}] {Escape(progress.Activity)}: {Escape(ProgressText.Of(progress))}"
            : $"⏳ {Escape(progress.Activity)}: {Escape(ProgressText.Of(progress))}";

    private static string RenderError(ErrorReply error)
    {
        var text = new StringBuilder("❌ ").Append(Escape(error.Message));
        if (error.Input is not null && error.Column is { } column && error.Input.Length <= 200)
            text.Append('\n').Append(CodeBlock("", error.Input + "\n" + new string(' ', Math.Max(0, column - 1)) + "^"));
        if (error.Usage is not null) text.Append("\nUsage: `").Append(error.Usage.Replace("`", "'")).Append('`');
        if (error.Detail is not null) text.Append('\n').Append(CodeBlock("", error.Detail));
        return text.ToString();
    }

    private static string RenderTable(TableReply table)
    {
        var widths = table.Columns
            .Select((c, i) => Math.Max(c.Length, table.Rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max()))
            .ToArray();
        var lines = new List<string> { Row(table.Columns.Select(c => c.ToUpperInvariant()).ToList(), widths) };
        lines.AddRange(table.Rows.Select(r => Row(r, widths)));
        if (table.Rows.Count == 0) lines.Add("(none)");
        return string.Join("\n", lines);
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => (i < cells.Count ? cells[i] : "").PadRight(w))).TrimEnd();
}
