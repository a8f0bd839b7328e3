namespace ChatOps.Policy;

/// <summary>Popular distributions that must not be installed anyway, with their replacement (embedded Data/superseded-pypi.tsv).</summary>
internal sealed class SupersededPackages(IReadOnlyDictionary<string, SupersededPackage> byName)
{
    private const string ResourceName = "ChatOps.Policy.Data.superseded-pypi.tsv";

    public SupersededPackage? Find(string normalisedName) => byName.GetValueOrDefault(normalisedName);

    public static SupersededPackages LoadEmbedded() =>
        new(EmbeddedData.ReadTsv(ResourceName).ToDictionary(
            columns => PackageName.Normalise(columns[0]),
            columns => new SupersededPackage(columns[1], columns[2]),
            StringComparer.Ordinal));
}
