using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// The JavaScript meaning of the few operations a merge key uses. The XSOAR server evaluates <c>(…)</c> selectors as
/// JavaScript ("DT … uses Javascript to select the context items", content-docs docs/integrations/dt.md), so
/// <c>val.id == obj.id</c> holds for "7" and 7, and two missing fields are equal: that is why CommonServerPython
/// guards every comparison with a truthiness test (<c>val.X &amp;&amp; val.X == obj.X</c>). We interpret these rules;
/// nothing is ever evaluated as code.
/// </summary>
internal static class JsSemantics
{
    /// <summary>JavaScript's falsy values are undefined, null, false, 0, NaN and ""; every object and list is truthy.</summary>
    public static bool IsTruthy(ResolvedValue value)
    {
        if (value.IsNullish) return false;
        return value.Node switch
        {
            JsonValue scalar => scalar.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => NumberOf(scalar) is var n && n != 0 && !double.IsNaN(n),
                JsonValueKind.String => scalar.GetValue<string>().Length > 0,
                _ => false,
            },
            _ => true,
        };
    }

    /// <summary><c>===</c>: same type and value; null and undefined differ; an object equals only itself.</summary>
    public static bool StrictlyEquals(ResolvedValue left, ResolvedValue right)
    {
        if (left.IsUndefined || right.IsUndefined) return left.IsUndefined && right.IsUndefined;
        if (left.Node is null || right.Node is null) return left.Node is null && right.Node is null;
        if (left.Node is not JsonValue a || right.Node is not JsonValue b) return false;
        var kind = KindOf(a);
        if (kind != KindOf(b)) return false;
        return kind switch
        {
            JsonValueKind.String => a.GetValue<string>() == b.GetValue<string>(),
            JsonValueKind.Number => NumberOf(a) == NumberOf(b),
            _ => true,
        };
    }

    /// <summary>
    /// <c>==</c>: null and undefined equal each other only; a boolean or a string meets a number as a number.
    /// An object or a list is compared by reference in JavaScript and val and obj never share one, so it equals
    /// nothing here (we do not copy JavaScript's string conversion of <c>[1] == 1</c>).
    /// </summary>
    public static bool LooselyEquals(ResolvedValue left, ResolvedValue right)
    {
        if (left.IsNullish || right.IsNullish) return left.IsNullish && right.IsNullish;
        if (left.Node is not JsonValue a || right.Node is not JsonValue b) return false;
        var (kindA, kindB) = (KindOf(a), KindOf(b));
        if (kindA == kindB) return StrictlyEquals(left, right);
        return ToNumber(a) == ToNumber(b);
    }

    /// <summary>True and false are one kind for equality: both are booleans.</summary>
    private static JsonValueKind KindOf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.False => JsonValueKind.True,
        var kind => kind,
    };

    private static double ToNumber(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        JsonValueKind.Number => NumberOf(value),
        JsonValueKind.String => StringToNumber(value.GetValue<string>()),
        _ => double.NaN,
    };

    private static double NumberOf(JsonValue value) => value.TryGetValue<double>(out var number) ? number : double.NaN;

    /// <summary>JavaScript's Number("…"): blank is 0, decimal literals (Infinity too) and 0x hex parse, anything else is NaN.</summary>
    private static double StringToNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return 0;
        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return long.TryParse(trimmed[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : double.NaN;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
    }
}
