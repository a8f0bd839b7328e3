namespace ChatOps.Execution.Context;

/// <summary>
/// One key of an entry's EntryContext: a dotted path, and for a merge key the expression in parentheses that says
/// which existing item a new one is, e.g. <c>HelloWorld.Alert(val.alert_id &amp;&amp; val.alert_id == obj.alert_id)</c>,
/// the form CommandResults.to_context builds from outputs_prefix and outputs_key_field.
/// </summary>
internal sealed class EntryContextKey(ContextPath path, MergeExpression? merge)
{
    public ContextPath Path { get; } = path;

    /// <summary>Null for a plain key, whose value is appended to what is there.</summary>
    public MergeExpression? Merge { get; } = merge;

    /// <summary>Parses a key; throws <see cref="ContextRuleException"/> naming the key when it is malformed.</summary>
    public static EntryContextKey Parse(string key)
    {
        var open = key.IndexOf('(');
        if (open < 0)
        {
            if (key.Contains(')')) throw new ContextRuleException($"the key '{key}' has a ')' without a '('");
            return new EntryContextKey(ContextPath.Parse(key), null);
        }
        var trimmed = key.TrimEnd();
        if (!trimmed.EndsWith(')'))
            throw new ContextRuleException($"the key '{key}' must end with the ')' that closes its merge expression");
        if (open == 0) throw new ContextRuleException($"the key '{key}' has a merge expression but no path before it");
        var expression = trimmed[(open + 1)..^1];
        return new EntryContextKey(ContextPath.Parse(key[..open]), MergeExpressionParser.Parse(key, expression));
    }
}
