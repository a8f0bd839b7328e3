namespace ChatOps.Policy;

/// <summary>
/// The most downloaded PyPI distributions with their download rank (1 = most downloaded), from the embedded
/// Data/popular-pypi.tsv (see its header line for where and when it was taken; regenerate-popular-pypi.sh remakes it).
/// </summary>
internal sealed class PopularPackages
{
    private const string ResourceName = "ChatOps.Policy.Data.popular-pypi.tsv";

    private readonly Dictionary<string, int> _ranks;

    public PopularPackages(IEnumerable<KeyValuePair<string, int>> ranks)
    {
        _ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, rank) in ranks)
        {
            var normalised = PackageName.Normalise(name);
            // Two spellings can normalise to one name: the better rank stands for both.
            if (!_ranks.TryGetValue(normalised, out var existing) || rank < existing) _ranks[normalised] = rank;
        }
        ByRank = _ranks.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
    }

    /// <summary>Normalised names, most downloaded first.</summary>
    public IReadOnlyList<string> ByRank { get; }

    public int Count => _ranks.Count;

    /// <summary>The rank of a normalised name, or null when it is not among the popular ones.</summary>
    public int? RankOf(string normalisedName) => _ranks.TryGetValue(normalisedName, out var rank) ? rank : null;

    public static PopularPackages LoadEmbedded() =>
        new(EmbeddedData.ReadTsv(ResourceName).Select(columns => new KeyValuePair<string, int>(columns[0], int.Parse(columns[1]))));
}
