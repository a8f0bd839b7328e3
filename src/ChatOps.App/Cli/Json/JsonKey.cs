using System.Text;

namespace ChatOps.App.Cli.Json;

/// <summary>A heading or label as a JSON key: lower case, every run of other characters one '_' ("due diligence" -> "due_diligence").</summary>
internal static class JsonKey
{
    public static string Of(string label)
    {
        var key = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsAsciiLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            else if (key.Length > 0 && key[^1] != '_') key.Append('_');
        }
        return key.ToString().TrimEnd('_');
    }
}
