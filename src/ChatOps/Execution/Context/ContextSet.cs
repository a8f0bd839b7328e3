using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// The Set script (content Packs/CommonScripts/Scripts/Set): <c>!Set key=A.B value=… append=true|false</c>.
/// Set.js parses the value as JSON and keeps the text when it is not JSON; with <c>append=false</c> it calls
/// setContext, which overwrites the path; with <c>append=true</c> it returns <c>EntryContext: {key: value}</c>, so
/// the value is merged by the entry-context rules and the key may be a merge key ("Data(val.ID == obj.ID)").
/// </summary>
internal static class ContextSet
{
    /// <summary>Returns a new context with the value set; <paramref name="context"/> is not changed.</summary>
    public static JsonObject Apply(JsonObject context, string key, string value, bool append)
    {
        var parsed = ParseValue(value);
        if (append) return EntryContextMerger.Apply(context, new JsonObject { [key] = parsed });

        var target = EntryContextKey.Parse(key);
        if (target.Merge is not null)
            throw new ContextRuleException(
                $"Set takes the merge key '{key}' only with append=true; with append=false it overwrites a plain path (Set.yml says the same)");
        var next = (JsonObject)context.DeepClone();
        ContextTree.ParentFor(next, target.Path)[target.Path.Leaf] = parsed;
        return next;
    }

    /// <summary>
    /// JSON when the text is JSON (an object, a list, a number kept digit for digit, true, false, null, a quoted
    /// string), else the text itself. Set.js also turns "" into 0 and hex into a number through BigInt; we keep those
    /// as text, which is what a user who typed them meant.
    /// </summary>
    public static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
