using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Integrations;

/// <summary>
/// Replaces every secret of an instance, in each form it is likely to be printed in (SecretForms), with
/// &lt;redacted&gt;, before text leaves the bot: replies, logs, the audit. Where two forms overlap, the whole
/// stretch they cover is masked, so no tail of a secret stays readable.
/// </summary>
/// <remarks>
/// Values shorter than MinimumLength are left alone: a one-to-three character value ("1", "yes", "abc") occurs
/// by chance in almost any output, so masking it would garble the replies while protecting nothing, since a
/// secret that short is guessed in moments anyway. The catalog warns about such values instead.
/// All forms are found together by SearchValues (a vectorised multi-string search), so a MiB of output costs
/// one pass over it whatever the number of secrets, rather than one string replace per form.
/// </remarks>
internal sealed class SecretRedactor
{
    public const string Mask = "<redacted>";

    public const int MinimumLength = 4;

    private readonly string[] _longestFirst;
    private readonly SearchValues<string>? _forms;

    public SecretRedactor(IEnumerable<string> secrets)
    {
        _longestFirst = secrets
            .Where(s => s.Length >= MinimumLength)
            .SelectMany(SecretForms.Of)
            .Where(f => f.Length >= MinimumLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .ToArray();
        _forms = _longestFirst.Length == 0 ? null : SearchValues.Create(_longestFirst, StringComparison.Ordinal);
    }

    public static SecretRedactor None { get; } = new([]);

    /// <summary>True when there is nothing to redact (no secrets, or only values too short to mask).</summary>
    public bool IsEmpty => _forms is null;

    public string Redact(string text)
    {
        if (_forms is null) return text;
        var span = text.AsSpan();
        var at = span.IndexOfAny(_forms);
        if (at < 0) return text;

        var redacted = new StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0)
        {
            var end = at + LongestAt(span, at);
            var next = -1;
            // A form that starts inside this match may reach past it: mask up to its end as well.
            for (var probe = at + 1; probe < span.Length;)
            {
                var found = span[probe..].IndexOfAny(_forms);
                if (found < 0) break;
                var start = probe + found;
                if (start >= end)
                {
                    next = start;
                    break;
                }
                end = Math.Max(end, start + LongestAt(span, start));
                probe = start + 1;
            }
            redacted.Append(span[copied..at]).Append(Mask);
            copied = end;
            at = next;
        }
        return redacted.Append(span[copied..]).ToString();
    }

    /// <summary>
    /// A copy of the tree with every string redacted, object keys included (two keys that become the same keep
    /// the later value). A number or boolean whose text contains a secret becomes the string &lt;redacted&gt;.
    /// </summary>
    public JsonNode? Redact(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject members:
                var copy = new JsonObject();
                foreach (var (key, value) in members) copy[Redact(key)] = Redact(value);
                return copy;
            case JsonArray items:
                return new JsonArray(items.Select(Redact).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Redact(value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString())!));
            default:
                var json = node.ToJsonString();
                return Redact(json) == json ? node.DeepClone() : JsonValue.Create(Mask);
        }
    }

    private int LongestAt(ReadOnlySpan<char> text, int index)
    {
        var rest = text[index..];
        foreach (var form in _longestFirst)
            if (rest.StartsWith(form, StringComparison.Ordinal)) return form.Length;
        return 0;
    }
}
