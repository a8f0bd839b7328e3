using System.Text;
using ChatOps.Parsers.Buttons;
using ChatOps.Replies;
using ChatOps.Replies.Markdown;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// Replies as Block Kit messages in mrkdwn, within Block Kit's limits (section text 3000, 10 fields of 2000,
/// 50 blocks): long text and tables continue in further blocks, and anything cut says so. All user-visible text
/// is escaped. Pure: no I/O, no clock.
/// </summary>
internal sealed class BlockKitRenderer
{
    public const int MaxSectionText = 3000;
    public const int MaxFields = 10;
    public const int MaxFieldText = 2000;
    public const int MaxFallbackText = 300;
    public const int MaxButtons = 25;
    public const int MaxButtonText = 75;
    private const string Fence = "```";
    private const string AttachedBelow = ", attached below.";
    private const string KeptWithoutToken = " is kept on the server; it is not attached here: attaching files needs a bot token (Slack:BotToken).";
    private const string KeptWhenPrivate = " is kept on the server; it is not shared in the channel, since this answer is shown only to you.";

    /// <summary>The outcome of a command: errors only to the requester, anything else to the channel.</summary>
    /// <param name="canAttachFiles">
    /// True when the adapter can upload the files the result names (a bot token is set): a file is then said to
    /// follow, else to be kept on the server. A failed result is private, so its files are never shared.
    /// </param>
    public SlackMessage RenderResult(string line, IReadOnlyList<Reply> replies, bool canAttachFiles = false)
    {
        // Entries as their display, so an error entry makes the result ephemeral like any other error.
        var shown = ReplyDisplay.Of(replies).Where(r => r is not ProgressReply).ToList();
        var failed = IsFailed(replies);
        var fileNote = !canAttachFiles ? KeptWithoutToken : failed ? KeptWhenPrivate : AttachedBelow;
        var blocks = new BlockList();
        if (shown.Count == 0) blocks.Add(Context($":white_check_mark: {Code(line)} finished."));
        foreach (var reply in shown) AddReply(blocks, reply, fileNote);
        var fallback = shown.Count == 0 ? $"{line} finished." : Summary(shown[0]);
        return new SlackMessage(TextChunker.Truncate(MrkdwnEscaper.Escape(fallback), MaxFallbackText), blocks.Build(),
            failed ? SlackMessage.Ephemeral : SlackMessage.InChannel);
    }

    /// <summary>True when the result shows an error, which makes it ephemeral (see RenderResult).</summary>
    public static bool IsFailed(IReadOnlyList<Reply> replies) => ReplyDisplay.Of(replies).Any(r => r is ErrorReply);

    /// <summary>The message Slack shares a file with (files.completeUploadExternal's initial_comment).</summary>
    public string RenderFileComment(string line, FileReply file) => $":paperclip: {Code(line)} returned {MrkdwnEscaper.Escape(file.Name)}";

    /// <summary>Where a long command is now: one context line, shown only to the requester until the result arrives.</summary>
    public SlackMessage RenderProgress(string line, ProgressReply? progress)
    {
        var text = progress is null
            ? $":hourglass_flowing_sand: Working on {Code(line)}…"
            : $":hourglass_flowing_sand: {Code(line)}: {ProgressText(progress)}";
        return new SlackMessage(TextChunker.Truncate(text, MaxFallbackText), [Context(text)], SlackMessage.Ephemeral);
    }

    /// <summary>A one-line status, e.g. what replaces a progress message once the result was posted elsewhere.</summary>
    public SlackMessage RenderStatus(string emoji, string line, string status)
    {
        var text = $"{emoji} {Code(line)} {MrkdwnEscaper.Escape(status)}";
        return new SlackMessage(TextChunker.Truncate(text, MaxFallbackText), [Context(text)], SlackMessage.Ephemeral);
    }

    private static void AddReply(BlockList blocks, Reply reply, string fileNote)
    {
        switch (reply)
        {
            case TextReply text:
                AddText(blocks, MrkdwnEscaper.Escape(text.Text));
                break;
            case MarkdownReply markdown:
                AddText(blocks, SlackMarkdown.Render(markdown.Markdown));
                break;
            case EntryReply entry:
                foreach (var shown in entry.Display) AddReply(blocks, shown, fileNote);
                break;
            case FileReply file:
                blocks.Add(Context($":paperclip: *{MrkdwnEscaper.Escape(file.Name)}* ({file.SizeText}){fileNote}"));
                break;
            case CodeBlockReply code:
                AddCode(blocks, code.Code);
                break;
            case TableReply table:
                if (table.Title is not null) AddText(blocks, "*" + MrkdwnEscaper.Escape(table.Title) + "*");
                AddCode(blocks, TableText(table));
                break;
            case CardReply card:
                AddCard(blocks, card);
                break;
            case ErrorReply error:
                AddError(blocks, error);
                break;
            case ProgressReply progress:
                blocks.Add(Context(ProgressText(progress)));
                break;
            default:
                AddText(blocks, MrkdwnEscaper.Escape(reply.ToString() ?? ""));
                break;
        }
    }

    private static void AddText(BlockList blocks, string escaped)
    {
        foreach (var chunk in TextChunker.Chunk(escaped, MaxSectionText)) blocks.Add(Section(chunk));
    }

    private static void AddCode(BlockList blocks, string code)
    {
        // Fences plus the two newlines around the code come out of each section's 3000.
        var room = MaxSectionText - 2 * Fence.Length - 2;
        foreach (var chunk in TextChunker.Chunk(MrkdwnEscaper.EscapeCode(code), room)) blocks.Add(Section(Fence + "\n" + chunk + "\n" + Fence));
    }

    private static void AddCard(BlockList blocks, CardReply card)
    {
        var fields = card.Fields
            .Select(f => TextObject.Mrkdwn(TextChunker.Truncate($"*{MrkdwnEscaper.Escape(f.Label)}*\n{MrkdwnEscaper.Escape(f.Value)}", MaxFieldText)))
            .ToList();
        var title = TextObject.Mrkdwn(TextChunker.Truncate("*" + MrkdwnEscaper.Escape(card.Title) + "*", MaxSectionText));
        if (fields.Count == 0)
        {
            blocks.Add(new SectionBlock(title));
            return;
        }
        // More than 10 fields continue in further sections rather than being dropped.
        for (var i = 0; i < fields.Count; i += MaxFields)
        {
            blocks.Add(new SectionBlock(i == 0 ? title : null, fields.Skip(i).Take(MaxFields).ToList()));
        }
        if (card.Buttons.Count > 0) blocks.Add(new ActionsBlock(card.Buttons.Take(MaxButtons).Select(Button).ToList()));
    }

    /// <summary>A card's button: its command as action_id and its id as value, which ButtonCommand reads back when it is pressed.</summary>
    private static ButtonElement Button(ReplyButton button) => new(
        TextObject.Plain(TextChunker.Truncate(button.Label, MaxButtonText)),
        ButtonCommand.ActionOf(button.Verb),
        button.Value,
        button.Style switch
        {
            ReplyButtonStyle.Primary => "primary",
            ReplyButtonStyle.Danger => "danger",
            _ => null,
        });

    private static void AddError(BlockList blocks, ErrorReply error)
    {
        AddText(blocks, ":x: " + MrkdwnEscaper.Escape(error.Message));
        if (error.Input is not null && error.Column is { } column && column >= 1 && error.Input.Length < MaxSectionText / 2)
        {
            AddCode(blocks, error.Input + "\n" + new string(' ', column - 1) + "^");
        }
        if (error.Usage is not null) AddText(blocks, "*Usage:* `" + MrkdwnEscaper.Escape(error.Usage).Replace("`", "'", StringComparison.Ordinal) + "`");
        if (error.Detail is not null) AddCode(blocks, error.Detail);
    }

    private static string TableText(TableReply table)
    {
        var widths = table.Columns
            .Select((column, i) => Math.Max(column.Length, table.Rows.Select(row => i < row.Count ? row[i].Length : 0).DefaultIfEmpty(0).Max()))
            .ToArray();
        var text = new StringBuilder();
        AppendRow(text, table.Columns, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToList(), widths);
        foreach (var row in table.Rows) AppendRow(text, row, widths);
        if (table.Rows.Count == 0) text.Append("(no rows)");
        return text.ToString().TrimEnd('\n');
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append((i < cells.Count ? cells[i] : "").PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string ProgressText(ProgressReply progress)
    {
        var step = progress.Step is { } s && progress.TotalSteps is { } total ? $" [{s}/{total}]" : "";
        return TextChunker.Truncate($"*{MrkdwnEscaper.Escape(progress.Activity)}*{step}: {MrkdwnEscaper.Escape(Replies.ProgressText.Of(progress))}", MaxFieldText);
    }

    private static string Summary(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        ErrorReply error => "Error: " + error.Message,
        TableReply table => (table.Title ?? "Table") + $" ({table.Rows.Count} rows)",
        CardReply card => card.Title,
        CodeBlockReply code => code.Code,
        MarkdownReply markdown => string.Join('\n', MarkdownDocument.Parse(markdown.Markdown).Select(l => l.Plain)),
        EntryReply entry => entry.Display.Count > 0 ? Summary(entry.Display[0]) : "entry",
        FileReply file => $"{file.Name} ({file.SizeText})",
        _ => reply.GetType().Name,
    };

    private static string Code(string line) => "`" + MrkdwnEscaper.Escape(line).Replace("`", "'", StringComparison.Ordinal) + "`";

    private static SectionBlock Section(string mrkdwn) => new(TextObject.Mrkdwn(mrkdwn));

    private static ContextBlock Context(string mrkdwn) => new([TextObject.Mrkdwn(TextChunker.Truncate(mrkdwn, MaxFieldText))]);
}
