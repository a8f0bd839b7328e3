namespace ChatOps.Images;

/// <summary>
/// Enough of PEP 440 to decide whether an installed release satisfies a requested specifier (==, !=, &gt;=, &lt;=,
/// &gt;, &lt;, ~=, and == with a trailing .*). Versions that are not plain releases (1.2rc1, 1.2.post1) are treated as
/// not satisfying: the cost of being unsure is one extra build, never a missing package.
/// </summary>
public static class VersionSpecifier
{
    public static bool IsSatisfiedBy(string specifier, string version)
    {
        if (specifier.Length == 0) return true;
        var installed = Release(version);
        if (installed is null) return false;
        foreach (var clause in specifier.Split(','))
        {
            var op = new string(clause.TakeWhile(c => c is '=' or '!' or '<' or '>' or '~').ToArray());
            var operand = clause[op.Length..];
            if (!Holds(op, operand, installed)) return false;
        }
        return true;
    }

    private static bool Holds(string op, string operand, long[] installed)
    {
        if (operand.EndsWith(".*", StringComparison.Ordinal) && op is "==" or "!=")
        {
            var prefix = Release(operand[..^2]);
            if (prefix is null) return false;
            var matches = installed.Length >= prefix.Length && prefix.SequenceEqual(installed.Take(prefix.Length));
            return op == "==" ? matches : !matches;
        }
        var wanted = Release(operand);
        if (wanted is null) return false;
        var order = Compare(installed, wanted);
        return op switch
        {
            "==" => order == 0,
            "!=" => order != 0,
            ">=" => order >= 0,
            "<=" => order <= 0,
            ">" => order > 0,
            "<" => order < 0,
            "~=" => wanted.Length >= 2 && order >= 0 && Compare(installed.Take(wanted.Length - 1).ToArray(), wanted[..^1]) == 0,
            _ => false,
        };
    }

    private static long[]? Release(string version)
    {
        var parts = version.Split('.');
        return parts.All(p => p.Length is > 0 and <= 18 && p.All(char.IsAsciiDigit)) ? parts.Select(long.Parse).ToArray() : null;
    }

    /// <summary>Release segments compared with missing trailing parts as zero (1.0 == 1.0.0).</summary>
    private static int Compare(long[] left, long[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var order = (i < left.Length ? left[i] : 0).CompareTo(i < right.Length ? right[i] : 0);
            if (order != 0) return order;
        }
        return 0;
    }
}
