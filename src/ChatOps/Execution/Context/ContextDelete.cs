using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// The DeleteContext script (content Packs/CommonScripts/Scripts/DeleteContext): <c>key=A.B</c> removes the nested
/// value (from each object, where a list is on the way); <c>all=yes</c> clears the context, which needs no rule.
/// </summary>
internal static class ContextDelete
{
    /// <summary>
    /// Returns a new context without <paramref name="key"/>; throws <see cref="ContextRuleException"/> with
    /// DeleteContext.js's own words ("key does not exist: …") when there is nothing to delete.
    /// </summary>
    public static JsonObject Apply(JsonObject context, string key)
    {
        var target = EntryContextKey.Parse(key);
        if (target.Merge is not null)
            throw new ContextRuleException($"DeleteContext takes a path such as A.B, not the merge key '{key}'");
        var next = (JsonObject)context.DeepClone();
        if (!ContextTree.Remove(next, target.Path.Segments)) throw new ContextRuleException($"key does not exist: {target.Path}");
        return next;
    }
}
