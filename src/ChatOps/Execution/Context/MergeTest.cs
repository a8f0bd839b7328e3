using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>One term of a merge expression: <c>true</c>, a truthiness test <c>val.X</c>, or <c>val.X == obj.X</c> (or <c>===</c>).</summary>
internal sealed class MergeTest
{
    private readonly MergeOperand? _left;
    private readonly MergeOperand? _right;
    private readonly bool _strict;

    private MergeTest(MergeOperand? left, MergeOperand? right, bool strict)
    {
        _left = left;
        _right = right;
        _strict = strict;
    }

    public static MergeTest Always { get; } = new(null, null, false);

    public static MergeTest Truthy(MergeOperand operand) => new(operand, null, false);

    public static MergeTest Equal(MergeOperand left, MergeOperand right, bool strict) => new(left, right, strict);

    /// <summary>Whether the term holds for an existing item and a new one; null when reading a field would throw in JavaScript.</summary>
    public bool? Holds(JsonNode? existing, JsonNode? added)
    {
        if (_left is null) return true;
        if (_left.Resolve(existing, added) is not { } left) return null;
        if (_right is null) return JsSemantics.IsTruthy(left);
        if (_right.Resolve(existing, added) is not { } right) return null;
        return _strict ? JsSemantics.StrictlyEquals(left, right) : JsSemantics.LooselyEquals(left, right);
    }

    public override string ToString() => _left is null ? "true" : _right is null ? $"{_left}" : $"{_left} {(_strict ? "===" : "==")} {_right}";
}
