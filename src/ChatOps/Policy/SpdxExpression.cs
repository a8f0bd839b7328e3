using System.Text.RegularExpressions;

namespace ChatOps.Policy;

/// <summary>
/// Evaluates an SPDX licence expression (PEP 639 License-Expression) against a test of single ids:
/// <c>A OR B</c> is acceptable when either is (the user may pick), <c>A AND B</c> only when both are (both apply),
/// <c>A WITH exception</c> is judged by A, parentheses group. Operators are read without regard to case because
/// the License field often carries hand-written "MIT or Apache-2.0".
/// </summary>
internal sealed partial class SpdxExpression
{
    private readonly string[] _tokens;
    private readonly Func<string, bool> _acceptable;
    private readonly List<string> _ids = [];
    private int _position;

    private SpdxExpression(string[] tokens, Func<string, bool> acceptable)
    {
        _tokens = tokens;
        _acceptable = acceptable;
    }

    /// <summary>The verdict, or null when the text is not an SPDX expression.</summary>
    public static SpdxVerdict? Evaluate(string expression, Func<string, bool> acceptable)
    {
        var tokens = Token().Matches(expression).Select(m => m.Value).ToArray();
        if (tokens.Length == 0 || string.Concat(tokens) != Whitespace().Replace(expression, "")) return null;
        var parser = new SpdxExpression(tokens, acceptable);
        var result = parser.ParseOr();
        if (result is null || parser._position != tokens.Length) return null;
        return new SpdxVerdict(result.Value.Acceptable, parser._ids, result.Value.Blocking);
    }

    private (bool Acceptable, List<string> Blocking)? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && IsOperator("OR"))
        {
            _position++;
            var right = ParseAnd();
            if (right is null) return null;
            // Either alternative will do: blocking only when both block.
            left = left.Value.Acceptable || right.Value.Acceptable
                ? (true, [])
                : (false, [.. left.Value.Blocking, .. right.Value.Blocking]);
        }
        return left;
    }

    private (bool Acceptable, List<string> Blocking)? ParseAnd()
    {
        var left = ParseWith();
        while (left is not null && IsOperator("AND"))
        {
            _position++;
            var right = ParseWith();
            if (right is null) return null;
            left = (left.Value.Acceptable && right.Value.Acceptable, [.. left.Value.Blocking, .. right.Value.Blocking]);
        }
        return left;
    }

    private (bool Acceptable, List<string> Blocking)? ParseWith()
    {
        var atom = ParseAtom();
        if (atom is not null && IsOperator("WITH"))
        {
            _position++;
            // The exception widens what the licence allows, it does not change which licence it is.
            if (_position >= _tokens.Length || !IsId(_tokens[_position])) return null;
            _position++;
        }
        return atom;
    }

    private (bool Acceptable, List<string> Blocking)? ParseAtom()
    {
        if (_position >= _tokens.Length) return null;
        var token = _tokens[_position];
        if (token == "(")
        {
            _position++;
            var inner = ParseOr();
            if (inner is null || _position >= _tokens.Length || _tokens[_position] != ")") return null;
            _position++;
            return inner;
        }
        if (!IsId(token)) return null;
        _position++;
        _ids.Add(token);
        return _acceptable(token) ? (true, []) : (false, [token]);
    }

    private bool IsOperator(string op) =>
        _position < _tokens.Length && string.Equals(_tokens[_position], op, StringComparison.OrdinalIgnoreCase);

    private static bool IsId(string token) =>
        token is not "(" and not ")" && !token.Equals("AND", StringComparison.OrdinalIgnoreCase)
        && !token.Equals("OR", StringComparison.OrdinalIgnoreCase) && !token.Equals("WITH", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[()]|[A-Za-z0-9.+:-]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
