using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatOps.Execution.Server;

/// <summary>
/// demisto.dt(value, query): the part of XSOAR's DT that content uses to pick data: dotted paths
/// (<c>File.Name</c>), lists mapped element-wise and flattened, and filters on a segment,
/// <c>File(val.Type == 'exe').Name</c>, <c>Account(val.Enabled).Username</c>, tests joined by &amp;&amp;, literals
/// quoted or numbers or true/false. Interpreted, never run; anything else is refused with what is supported.
/// </summary>
internal static class DtQuery
{
    /// <summary>The selected value (null when nothing matches), or the reason the query is not supported.</summary>
    public static (JsonNode? Result, string? Problem) Select(JsonNode? value, string query)
    {
        var current = new List<JsonNode?> { value };
        var rest = query.Trim();
        if (rest.StartsWith("${", StringComparison.Ordinal) && rest.EndsWith('}')) rest = rest[2..^1];
        while (rest.Length > 0)
        {
            var (name, filter, remaining, problem) = NextSegment(rest);
            if (problem is not null) return (null, problem);
            rest = remaining;
            current = current.SelectMany(node => Each(node is JsonObject item ? item[name] : null)).ToList();
            if (filter is not null)
            {
                var kept = new List<JsonNode?>();
                foreach (var node in current)
                {
                    var (matches, why) = Matches(node, filter);
                    if (why is not null) return (null, why);
                    if (matches) kept.Add(node);
                }
                current = kept;
            }
        }
        var found = current.Where(n => n is not null).ToList();
        return (found.Count switch { 0 => null, 1 => found[0]!.DeepClone(), _ => new JsonArray(found.Select(n => n!.DeepClone()).ToArray()) }, null);
    }

    private static IEnumerable<JsonNode?> Each(JsonNode? node) => node is JsonArray list ? list : new[] { node };

    private static (string Name, string? Filter, string Remaining, string? Problem) NextSegment(string text)
    {
        var end = 0;
        while (end < text.Length && text[end] is not ('.' or '(')) end++;
        var name = text[..end].Trim();
        if (name.Length == 0) return ("", null, "", $"DT '{text}': a path segment is empty; write Key.Sub or Key(val.Field == 'value').Sub");
        string? filter = null;
        if (end < text.Length && text[end] == '(')
        {
            var close = ClosingParenthesis(text, end);
            if (close < 0) return ("", null, "", $"DT: the filter after {name} is not closed with ')'");
            filter = text[(end + 1)..close];
            end = close + 1;
        }
        if (end < text.Length && text[end] != '.') return ("", null, "", $"DT: expected '.' after {name}(...), found '{text[end]}'");
        return (name, filter, end < text.Length ? text[(end + 1)..] : "", null);
    }

    private static int ClosingParenthesis(string text, int open)
    {
        char? quote = null;
        var depth = 0;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }
            if (c is '\'' or '"') quote = c;
            else if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) return i;
        }
        return -1;
    }

    private static (bool Matches, string? Problem) Matches(JsonNode? item, string filter)
    {
        foreach (var test in filter.Split("&&", StringSplitOptions.TrimEntries))
        {
            var equals = test.IndexOf("==", StringComparison.Ordinal);
            var left = (equals < 0 ? test : test[..equals]).Trim().TrimEnd('=');
            if (!left.StartsWith("val.", StringComparison.Ordinal) || left.Length == 4)
                return (false, $"DT filter '{filter}': each test is val.Field or val.Field == 'value' (joined by &&)");
            var field = Field(item, left[4..]);
            if (equals < 0)
            {
                if (!Truthy(field)) return (false, null);
                continue;
            }
            var literal = test[(equals + 2)..].TrimStart('=').Trim();
            if (!EqualsLiteral(field, literal, out var problem)) return (false, problem);
        }
        return (true, null);
    }

    private static JsonNode? Field(JsonNode? item, string path)
    {
        foreach (var part in path.Split('.')) item = item is JsonObject value ? value[part] : null;
        return item;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        JsonValue value when value.TryGetValue<double>(out var number) => number != 0,
        _ => true,
    };

    private static bool EqualsLiteral(JsonNode? field, string literal, out string? problem)
    {
        problem = null;
        if (literal.Length >= 2 && literal[0] is '\'' or '"' && literal[^1] == literal[0])
            return field?.ToString() == literal[1..^1] && field is JsonValue;
        if (literal is "true" or "false") return field is JsonValue flag && flag.TryGetValue<bool>(out var b) && b == (literal == "true");
        if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return field is JsonValue value && (value.TryGetValue<double>(out var d) ? d == number :
                value.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed == number);
        problem = $"DT: '{literal}' is not a literal; quote text ('exe'), or write a number or true/false";
        return false;
    }
}
