using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Rules;

/// <summary>true/false, with yes/no accepted because people type them.</summary>
internal static class BooleanRule
{
    public static bool TryParse(string key, string text, out bool value, out Violation? violation)
    {
        violation = null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes": value = true; return true;
            case "false" or "no": value = false; return true;
            default:
                value = false;
                violation = new Violation($"{key} must be true or false (yes/no also work), found {Shown.Quote(text)}", 0);
                return false;
        }
    }
}
