namespace ChatOps.Execution.Context;

/// <summary>
/// Reads the expression of a merge key. The accepted grammar is the one content writes (CommonServerPython's
/// CommandResults and Common.* indicators, the Set script's "Data(val.ID == obj.ID)"):
/// <code>
/// expression := all ( "||" all )*
/// all        := test ( "&amp;&amp;" test )*
/// test       := "true" | field [ ( "==" | "===" ) field ]
/// field      := ( "val" | "obj" ) ( "." name )+
/// </code>
/// Anything else (calls, literals, negation, assignment) is refused with where and why: the server would run it
/// as JavaScript, and we never run a script's text as code.
/// </summary>
internal sealed class MergeExpressionParser(string key, string text)
{
    private const string Grammar =
        "a merge key compares fields only: val.Field == obj.Field, val.Field, or true, joined by && or ||";

    private int _at;

    /// <summary>Parses the text between the parentheses of <paramref name="key"/>; throws <see cref="ContextRuleException"/> when it is outside the grammar.</summary>
    public static MergeExpression Parse(string key, string text)
    {
        var parser = new MergeExpressionParser(key, text);
        var alternatives = new List<IReadOnlyList<MergeTest>> { parser.All() };
        while (parser.Take("||")) alternatives.Add(parser.All());
        parser.SkipSpace();
        if (!parser.AtEnd) throw parser.Refusal("expected && or || or the end");
        return new MergeExpression(text.Trim(), alternatives);
    }

    private bool AtEnd => _at >= text.Length;

    private List<MergeTest> All()
    {
        var tests = new List<MergeTest> { Test() };
        while (Take("&&")) tests.Add(Test());
        return tests;
    }

    private MergeTest Test()
    {
        SkipSpace();
        var start = _at;
        var name = Name();
        if (name == "true") return MergeTest.Always;
        var left = Field(name, start);
        if (Take("===")) return MergeTest.Equal(left, Field(), strict: true);
        if (Take("==")) return MergeTest.Equal(left, Field(), strict: false);
        return MergeTest.Truthy(left);
    }

    private MergeOperand Field()
    {
        SkipSpace();
        var start = _at;
        return Field(Name(), start);
    }

    private MergeOperand Field(string root, int start)
    {
        if (root is not ("val" or "obj"))
        {
            _at = start;
            throw Refusal(root.Length == 0 ? "expected val.… or obj.…" : $"'{root}' is neither val nor obj");
        }
        var fields = new List<string>();
        while (!AtEnd && text[_at] == '.')
        {
            _at++;
            var field = Name();
            if (field.Length == 0) throw Refusal("expected a field name after '.'");
            fields.Add(field);
        }
        if (fields.Count == 0) throw Refusal($"expected a field of {root}, as in {root}.ID");
        return new MergeOperand(root == "obj", fields);
    }

    /// <summary>A JavaScript identifier (letters, digits, '_' and '$', not starting with a digit); empty when there is none here.</summary>
    private string Name()
    {
        var start = _at;
        if (!AtEnd && char.IsDigit(text[_at])) throw Refusal("a name must not start with a digit");
        while (!AtEnd && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '$')) _at++;
        return text[start.._at];
    }

    private bool Take(string symbol)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, _at, symbol, 0, symbol.Length) != 0) return false;
        // "==" must not eat the first two characters of "===", nor "=" of a longer run.
        if (_at + symbol.Length < text.Length && symbol[^1] == '=' && text[_at + symbol.Length] == '=') return false;
        _at += symbol.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(text[_at])) _at++;
    }

    private ContextRuleException Refusal(string why)
    {
        var found = !AtEnd ? $"'{text[_at]}'" : "the end";
        return new ContextRuleException(
            $"the merge key '{key}' is refused at column {_at + 1} of '{text}' ({found}): {why}; {Grammar}");
    }
}
