using System.Text.Json;
using ChatOps.Replies;

namespace ChatOps.App.Cli.Json;

/// <summary>
/// A table as automation wants it: "columns" are the row keys in order, each row an object of raw values (the
/// handler's Values when it gave them, else the shown cell with "-" and "" as null).
/// </summary>
internal static class ExecJsonTable
{
    public static void WriteFields(Utf8JsonWriter writer, TableReply table)
    {
        var keys = table.Columns.Select(JsonKey.Of).ToList();
        writer.WriteString("title", table.Title);
        writer.WriteStartArray("columns");
        foreach (var key in keys) writer.WriteStringValue(key);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        for (var row = 0; row < table.Rows.Count; row++)
        {
            writer.WriteStartObject();
            for (var column = 0; column < keys.Count; column++)
            {
                writer.WritePropertyName(keys[column]);
                RawJsonValue.Write(writer, ValueAt(table, row, column));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static object? ValueAt(TableReply table, int row, int column)
    {
        if (table.Values is { } values && row < values.Count && column < values[row].Count) return values[row][column];
        var cells = table.Rows[row];
        return column < cells.Count ? RawJsonValue.FromShown(cells[column]) : null;
    }
}
