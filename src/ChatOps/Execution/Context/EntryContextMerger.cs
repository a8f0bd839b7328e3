using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// Applies an entry's EntryContext to a context with the XSOAR server's rules. The server's code is not public, so
/// each rule is taken from what public content documents and relies on:
/// <list type="bullet">
/// <item>A dotted key nests: <c>A.B.C</c> writes <c>{"A":{"B":{"C":…}}}</c> (content-docs
/// docs/integrations/context-and-outputs.md: "Context Path - a Dot Notation representation of the path").</item>
/// <item>A plain key appends when a value is already there: the old and new values become one list, lists are
/// concatenated. Evidence: the Set script (content Packs/CommonScripts/Scripts/Set/Set.js) implements
/// <c>append=true</c> by nothing but returning <c>EntryContext: {key: value}</c>, and Set.yml documents that as
/// "the script will append to existing context key".</item>
/// <item>A merge key <c>Path(expr)</c> finds, for each new item (each element when the value is a list), the
/// existing items for which expr holds with <c>val</c> = the existing item and <c>obj</c> = the new one. A match is
/// updated: the new item's fields overwrite the existing item's, its other fields stay ("If it finds a match, it
/// will update the existing context, If it does not, it will create a new entry", content-docs
/// docs/integrations/dt.md; "further enriches an existing entry", context-and-outputs.md). No match: appended.</item>
/// <item><c>(true)</c> therefore matches every existing item: it updates, it does not append. CommonServerPython's
/// CommandResults(replace_existing=True) relies on exactly that, writing <c>Path.To(true): {Key: value}</c> to
/// "replace the context value at outputs_prefix if it exists".</item>
/// <item>A merge key whose result is a single item stores it as an object, not a one-element list, as the stored
/// contexts in context-and-outputs.md show for the one-element lists CommandResults makes of indicators.</item>
/// </list>
/// A null value writes nothing (CommonServerPython's appendContext skips None too). Keys are applied in order;
/// any malformed key refuses the whole entry context before anything is changed.
/// </summary>
internal static class EntryContextMerger
{
    /// <summary>Returns a new context: <paramref name="context"/> with <paramref name="entryContext"/> applied; neither input is changed.</summary>
    public static JsonObject Apply(JsonObject context, JsonObject entryContext)
    {
        var keys = entryContext.Select(pair => (Key: EntryContextKey.Parse(pair.Key), pair.Value)).ToList();
        var next = (JsonObject)context.DeepClone();
        foreach (var (key, value) in keys)
        {
            if (value is null) continue;
            if (key.Merge is { } merge) MergeItems(next, key.Path, merge, value);
            else Append(next, key.Path, value);
        }
        return next;
    }

    private static void Append(JsonObject root, ContextPath path, JsonNode value)
    {
        var parent = ContextTree.ParentFor(root, path);
        if (!parent.TryGetPropertyValue(path.Leaf, out var existing) || existing is null)
        {
            parent[path.Leaf] = value.DeepClone();
            return;
        }
        var items = ItemsOf(existing);
        items.AddRange(ItemsOf(value));
        parent[path.Leaf] = new JsonArray(items.ToArray());
    }

    private static void MergeItems(JsonObject root, ContextPath path, MergeExpression merge, JsonNode value)
    {
        var added = ItemsOf(value);
        if (added.Count == 0) return;
        var parent = ContextTree.ParentFor(root, path);
        var items = parent.TryGetPropertyValue(path.Leaf, out var existing) && existing is not null ? ItemsOf(existing) : [];
        foreach (var item in added)
        {
            var matched = false;
            for (var i = 0; i < items.Count; i++)
            {
                if (!merge.Matches(items[i], item)) continue;
                items[i] = Updated(items[i], item);
                matched = true;
            }
            if (!matched) items.Add(item);
        }
        parent[path.Leaf] = items.Count == 1 ? items[0] : new JsonArray(items.ToArray());
    }

    /// <summary>An existing object keeps the fields the new one does not have; anything else is replaced whole.</summary>
    private static JsonNode? Updated(JsonNode? existing, JsonNode? added)
    {
        if (existing is not JsonObject old || added is not JsonObject fresh) return added?.DeepClone();
        foreach (var (name, field) in fresh) old[name] = field?.DeepClone();
        return old;
    }

    /// <summary>Detached copies of a value's items: a list's elements, or the value itself.</summary>
    private static List<JsonNode?> ItemsOf(JsonNode value) =>
        value is JsonArray list ? list.Select(item => item?.DeepClone()).ToList() : [value.DeepClone()];
}
