using System.Text;

namespace ChatOps.Policy;

/// <summary>
/// A name's skeleton: what a reader sees rather than what is typed. Cyrillic and Greek homoglyphs become their
/// Latin twins, 0 -> o, 1 and i -> l, rn -> m, vv -> w, and separators disappear, so two names with one skeleton
/// are indistinguishable at a glance ("djang0", "reqυests", "python_dateutil" vs "pythondateutil").
/// </summary>
internal static class LookAlikeFolding
{
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['с'] = 'c', ['ԁ'] = 'd', ['е'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ј'] = 'j',
        ['к'] = 'k', ['ӏ'] = 'l', ['о'] = 'o', ['р'] = 'p', ['ԛ'] = 'q', ['ѕ'] = 's', ['т'] = 't', ['у'] = 'y',
        ['х'] = 'x', ['ԝ'] = 'w', ['ѵ'] = 'v', ['ո'] = 'n',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w', ['ϲ'] = 'c', ['ϳ'] = 'j',
        // Digits and letters that read alike
        ['0'] = 'o', ['1'] = 'l', ['i'] = 'l', ['|'] = 'l',
    };

    public static string Skeleton(string normalisedName)
    {
        var builder = new StringBuilder(normalisedName.Length);
        foreach (var c in normalisedName.ToLowerInvariant())
        {
            if (c is '-' or '_' or '.') continue;
            builder.Append(Homoglyphs.GetValueOrDefault(c, c));
        }
        return builder.Replace("rn", "m").Replace("vv", "w").ToString();
    }

    /// <summary>True when the name has characters outside the ASCII a PyPI name is made of.</summary>
    public static bool HasForeignCharacters(string name) => name.Any(c => c > '\u007f');
}
