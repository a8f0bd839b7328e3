namespace ChatOps.Images;

/// <summary>
/// A tag read as a version: dot-separated numbers ("1.0.0.12"), compared number by number so the build number
/// counts last and 1.0.0.10 is newer than 1.0.0.9. "latest" and any tag with a non-numeric part are not versions.
/// </summary>
public sealed class TagVersion : IComparable<TagVersion>
{
    private readonly long[] _parts;

    private TagVersion(string tag, long[] parts)
    {
        Tag = tag;
        _parts = parts;
    }

    public string Tag { get; }

    public static TagVersion? TryParse(string tag)
    {
        var parts = tag.Split('.');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is 0 or > 18 || !parts[i].All(char.IsAsciiDigit)) return null;
            numbers[i] = long.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
        }
        return new TagVersion(tag, numbers);
    }

    /// <summary>The newest version among the tags, or null when none is a version.</summary>
    public static TagVersion? Newest(IEnumerable<string> tags) =>
        tags.Select(TryParse).OfType<TagVersion>().DefaultIfEmpty().Max();

    public int CompareTo(TagVersion? other)
    {
        if (other is null) return 1;
        for (var i = 0; i < Math.Max(_parts.Length, other._parts.Length); i++)
        {
            var mine = i < _parts.Length ? _parts[i] : 0;
            var theirs = i < other._parts.Length ? other._parts[i] : 0;
            if (mine != theirs) return mine.CompareTo(theirs);
        }
        return _parts.Length.CompareTo(other._parts.Length);
    }

    public override string ToString() => Tag;
}
