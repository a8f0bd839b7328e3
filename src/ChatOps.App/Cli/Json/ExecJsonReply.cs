using System.Text.Json;
using ChatOps.Replies;

namespace ChatOps.App.Cli.Json;

/// <summary>The "type" of a reply and its fields, snake_case, raw values (see <see cref="ExecJsonLine"/>).</summary>
internal static class ExecJsonReply
{
    public static void WriteFields(Utf8JsonWriter writer, Reply reply)
    {
        switch (reply)
        {
            case TextReply text:
                writer.WriteString("type", "text");
                writer.WriteString("text", text.Text);
                writer.WritePropertyName("data");
                RawJsonValue.Write(writer, text.Data);
                break;
            case CodeBlockReply code:
                writer.WriteString("type", "code");
                writer.WriteString("language", code.Language);
                writer.WriteString("code", code.Code);
                break;
            case MarkdownReply markdown:
                writer.WriteString("type", "markdown");
                writer.WriteString("markdown", markdown.Markdown);
                break;
            case TableReply table:
                writer.WriteString("type", "table");
                ExecJsonTable.WriteFields(writer, table);
                break;
            case CardReply card:
                writer.WriteString("type", "card");
                writer.WriteString("title", card.Title);
                writer.WriteStartObject("fields");
                foreach (var field in card.Fields)
                {
                    writer.WritePropertyName(JsonKey.Of(field.Label));
                    RawJsonValue.Write(writer, field.Raw ?? RawJsonValue.FromShown(field.Value));
                }
                writer.WriteEndObject();
                break;
            case ProgressReply progress:
                writer.WriteString("type", "progress");
                writer.WriteString("activity", progress.Activity);
                writer.WriteString("stage", progress.Stage);
                writer.WriteString("message", progress.Message);
                WriteNumberOrNull(writer, "step", progress.Step);
                WriteNumberOrNull(writer, "total_steps", progress.TotalSteps);
                writer.WritePropertyName("elapsed_seconds");
                RawJsonValue.Write(writer, progress.Elapsed);
                break;
            case ErrorReply error:
                writer.WriteString("type", "error");
                writer.WriteString("message", error.Message);
                writer.WriteString("usage", error.Usage);
                WriteNumberOrNull(writer, "column", error.Column);
                writer.WriteString("input", error.Input);
                writer.WriteString("detail", error.Detail);
                break;
            case FileReply file:
                writer.WriteString("type", "file");
                writer.WriteString("name", file.Name);
                writer.WriteString("path", file.Path);
                writer.WriteNumber("size", file.Size);
                writer.WriteString("content_type", file.ContentType);
                break;
            case EntryReply entry:
                writer.WriteString("type", "entry");
                writer.WriteNumber("entry_type", entry.EntryType);
                writer.WriteString("contents_format", entry.ContentsFormat);
                writer.WritePropertyName("contents");
                entry.Contents.WriteTo(writer);
                writer.WriteString("human_readable", entry.HumanReadable);
                writer.WritePropertyName("entry_context");
                if (entry.EntryContext is { } context) context.WriteTo(writer);
                else writer.WriteNullValue();
                writer.WriteString("file", entry.File);
                writer.WriteString("file_id", entry.FileId);
                writer.WriteStartArray("display");
                foreach (var shown in entry.Display)
                {
                    writer.WriteStartObject();
                    WriteFields(writer, shown);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            default:
                // A reply kind this version does not know: its type name and nothing a program could misread.
                writer.WriteString("type", JsonKey.Of(reply.GetType().Name.Replace("Reply", "", StringComparison.Ordinal)));
                break;
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
