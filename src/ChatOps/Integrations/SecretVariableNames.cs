using System.Text;

namespace ChatOps.Integrations;

/// <summary>
/// The environment variables secret params are read from: CHATOPS_SECRET__&lt;INSTANCE&gt;__&lt;PARAM&gt;, both names
/// upper-cased with every character other than A-Z and 0-9 written as '_' (a variable name allows no more in a
/// shell). A credentials param (type 9) has two: ...__&lt;PARAM&gt;__IDENTIFIER and ...__&lt;PARAM&gt;__PASSWORD.
/// The double underscores keep the parts apart the way .NET configuration's own variables do (Section__Key).
/// </summary>
internal static class SecretVariableNames
{
    public const string Prefix = "CHATOPS_SECRET__";

    public static string For(string instance, string param) => Prefix + Fold(instance) + "__" + Fold(param);

    public static string Identifier(string instance, string param) => For(instance, param) + "__IDENTIFIER";

    public static string Password(string instance, string param) => For(instance, param) + "__PASSWORD";

    /// <summary>The name as it appears in a variable: "HelloWorld_instance-1" becomes "HELLOWORLD_INSTANCE_1".</summary>
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name) folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        return folded.ToString();
    }
}
