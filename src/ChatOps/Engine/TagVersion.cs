namespace ChatOps.Engine;

/// <summary>
/// A tag read as a version: numeric components separated by dots ("1.0.0.12345"). Components compare left to
/// right as numbers, so the last one (the build number) decides last; a missing component counts as 0.
/// "latest" and every tag with anything but digits and dots is not a version. Used wherever the bot picks the
/// newest tag of an image: /docker_image_update and the content updater.
/// </summary>
public sealed class TagVersion : IComparable<TagVersion>
{
    // Components without leading zeros, compared by length then ordinal: numbers of any size, no overflow.
    private readonly string[] _components;

    private TagVersion(string tag, string[] components)
    {
        Tag = tag;
        _components = components;
    }

    public string Tag { get; }

    public static bool TryParse(string? tag, out TagVersion version)
    {
        version = null!;
        if (string.IsNullOrEmpty(tag) || tag.Length > 128) return false;
        var parts = tag.Split('.');
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return false;
        version = new TagVersion(tag, parts.Select(p => p.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0").ToArray());
        return true;
    }

    /// <summary>The newest version among the tags, or null when none is a version.</summary>
    public static TagVersion? Newest(IEnumerable<string> tags) =>
        tags.Select(tag => TryParse(tag, out var version) ? version : null).OfType<TagVersion>().DefaultIfEmpty().Max();

    public int CompareTo(TagVersion? other)
    {
        if (other is null) return 1;
        for (var i = 0; i < Math.Max(_components.Length, other._components.Length); i++)
        {
            var compared = CompareNumbers(Component(i), other.Component(i));
            if (compared != 0) return compared;
        }
        // Equal as numbers ("1.0" and "1.0.0"): the longer, then the spelling, so the order is total and stable.
        var byLength = _components.Length.CompareTo(other._components.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(Tag, other.Tag);
    }

    public override string ToString() => Tag;

    private string Component(int index) => index < _components.Length ? _components[index] : "0";

    private static int CompareNumbers(string left, string right) =>
        left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right);
}
