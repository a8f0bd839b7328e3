namespace ChatOps.Replies;

/// <summary>A count with its noun in the right number: "1 tag", "2 tags", "0 tags".</summary>
internal static class Counted
{
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
