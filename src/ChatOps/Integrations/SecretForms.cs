using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatOps.Integrations;

/// <summary>
/// The ways a secret shows up in what an integration prints: as is, base64 (basic auth, tokens in headers),
/// URL-encoded (query strings, form bodies) and JSON-escaped (a secret with a quote, a backslash or non-ASCII
/// inside a JSON reply). CommonServerPython's own LOG masks the same forms (add_replace_strs).
/// </summary>
internal static class SecretForms
{
    public static IEnumerable<string> Of(string secret)
    {
        yield return secret;
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        yield return base64;
        yield return base64.TrimEnd('=');
        var escaped = Uri.EscapeDataString(secret);
        yield return escaped;
        yield return escaped.Replace("%20", "+", StringComparison.Ordinal); // Python's quote_plus, HTML forms
        yield return LowerHex(escaped);
        yield return JsonInside(secret, JavaScriptEncoder.Default);
        yield return JsonInside(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        yield return PythonJson(secret);
    }

    /// <summary>The string as it stands between the quotes of a JSON string written by System.Text.Json.</summary>
    private static string JsonInside(string secret, JavaScriptEncoder encoder)
    {
        var json = JsonSerializer.Serialize(secret, new JsonSerializerOptions { Encoder = encoder });
        return json[1..^1];
    }

    /// <summary>json.dumps' escaping (ensure_ascii, lower-case hex), which integrations' own JSON uses.</summary>
    private static string PythonJson(string secret)
    {
        var json = new StringBuilder(secret.Length + 8);
        foreach (var c in secret)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when c < ' ' || c > '~' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return json.ToString();
    }

    private static string LowerHex(string escaped)
    {
        var lower = new StringBuilder(escaped);
        for (var i = escaped.IndexOf('%'); i >= 0 && i + 2 < escaped.Length; i = escaped.IndexOf('%', i + 1))
        {
            lower[i + 1] = char.ToLowerInvariant(escaped[i + 1]);
            lower[i + 2] = char.ToLowerInvariant(escaped[i + 2]);
        }
        return lower.ToString();
    }
}
