using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// The <c>(…)</c> of a merge key such as <c>DBotScore(val.Indicator &amp;&amp; val.Indicator == obj.Indicator &amp;&amp; …)</c>:
/// alternatives joined by <c>||</c>, each a run of tests joined by <c>&amp;&amp;</c>. Without parentheses in the grammar
/// that is exactly JavaScript's precedence (&amp;&amp; binds tighter), and it covers every key CommonServerPython
/// builds, File's <c>val.MD5 &amp;&amp; val.MD5 == obj.MD5 || val.SHA1 &amp;&amp; …</c> included.
/// </summary>
internal sealed class MergeExpression(string text, IReadOnlyList<IReadOnlyList<MergeTest>> alternatives)
{
    public string Text { get; } = text;

    public IReadOnlyList<IReadOnlyList<MergeTest>> Alternatives { get; } = alternatives;

    /// <summary>
    /// Whether a new item is "the same" as an existing one. Evaluation follows JavaScript's short-circuits; a field
    /// read that would throw ends the whole expression as no match (the server could not have matched either).
    /// </summary>
    public bool Matches(JsonNode? existing, JsonNode? added)
    {
        foreach (var tests in Alternatives)
        {
            var all = true;
            foreach (var test in tests)
            {
                var holds = test.Holds(existing, added);
                if (holds is null) return false;
                if (holds == false)
                {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    public override string ToString() => string.Join(" || ", Alternatives.Select(a => string.Join(" && ", a)));
}
