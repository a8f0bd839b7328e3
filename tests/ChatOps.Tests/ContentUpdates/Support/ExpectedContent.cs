namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>The fixtures after an update, written out in full: only the tags inside the updated values differ.</summary>
internal static class ExpectedContent
{
    /// <summary>Alpha with demisto/alpha at 1.0.0.10: the value only; the comment, the spacing and the look-alike in the script body stay.</summary>
    public const string AlphaUpdated =
        "commonfields:\n" +
        "  id: Alpha\n" +
        "  version: -1\n" +
        "name: Alpha\n" +
        "script: |-\n" +
        "  print(\"dockerimage: demisto/alpha:1.0.0.1\")\n" +
        "type: python\n" +
        "subtype: python3\n" +
        "# pinned by the team; the updater keeps it current\n" +
        "dockerimage: demisto/alpha:1.0.0.10   # trailing comment stays\n" +
        "tags: []\n";

    /// <summary>Beta with both images updated; CRLF, quotes and the comment kept.</summary>
    public const string BetaUpdated =
        "commonfields:\r\n" +
        "  id: Beta\r\n" +
        "  version: -1\r\n" +
        "name: Beta\r\n" +
        "script:\r\n" +
        "  script: ''\r\n" +
        "  type: python\r\n" +
        "  dockerimage: 'demisto/alpha:1.0.0.10'\r\n" +
        "  alt_dockerimages:\r\n" +
        "    - \"demisto/beta:2.1.0.12\"  # python 3.11\r\n" +
        "    - demisto/alpha:1.0.0.10\r\n" +
        "  subtype: python3\r\n";

    /// <summary>Beta on the alpha branch: only demisto/alpha values changed, demisto/beta left for its own branch.</summary>
    public const string BetaAlphaOnly =
        "commonfields:\r\n" +
        "  id: Beta\r\n" +
        "  version: -1\r\n" +
        "name: Beta\r\n" +
        "script:\r\n" +
        "  script: ''\r\n" +
        "  type: python\r\n" +
        "  dockerimage: 'demisto/alpha:1.0.0.10'\r\n" +
        "  alt_dockerimages:\r\n" +
        "    - \"demisto/beta:2.1.0.5\"  # python 3.11\r\n" +
        "    - demisto/alpha:1.0.0.10\r\n" +
        "  subtype: python3\r\n";

    /// <summary>Beta on the beta branch.</summary>
    public const string BetaBetaOnly =
        "commonfields:\r\n" +
        "  id: Beta\r\n" +
        "  version: -1\r\n" +
        "name: Beta\r\n" +
        "script:\r\n" +
        "  script: ''\r\n" +
        "  type: python\r\n" +
        "  dockerimage: 'demisto/alpha:1.0.0.2'\r\n" +
        "  alt_dockerimages:\r\n" +
        "    - \"demisto/beta:2.1.0.12\"  # python 3.11\r\n" +
        "    - demisto/alpha:1.0.0.1\r\n" +
        "  subtype: python3\r\n";

    /// <summary>Gamma with both images updated in the flow sequence; gamma itself is current.</summary>
    public const string GammaUpdated =
        "commonfields: {id: Gamma, version: -1}\n" +
        "name: Gamma\n" +
        "dockerimage: \"demisto/beta:2.1.0.12\"\n" +
        "alt_dockerimages: [demisto/alpha:1.0.0.10, 'demisto/beta:2.1.0.12', \"demisto/gamma:1.0.0.3\"]\n";

    public const string GammaAlphaOnly =
        "commonfields: {id: Gamma, version: -1}\n" +
        "name: Gamma\n" +
        "dockerimage: \"demisto/beta:2.1.0.5\"\n" +
        "alt_dockerimages: [demisto/alpha:1.0.0.10, 'demisto/beta:2.1.0.4', \"demisto/gamma:1.0.0.3\"]\n";

    public const string GammaBetaOnly =
        "commonfields: {id: Gamma, version: -1}\n" +
        "name: Gamma\n" +
        "dockerimage: \"demisto/beta:2.1.0.12\"\n" +
        "alt_dockerimages: [demisto/alpha:1.0.0.1, 'demisto/beta:2.1.0.12', \"demisto/gamma:1.0.0.3\"]\n";

    /// <summary>The report of a run over the fixtures (Changed becomes WouldChange in a dry run).</summary>
    public static string[] ReportLines(string changed) =>
    [
        $"Integrations/Beta/Beta.yml Beta script.dockerimage demisto/alpha:1.0.0.2 -> 1.0.0.10 {changed}",
        $"Integrations/Beta/Beta.yml Beta script.alt_dockerimages[0] demisto/beta:2.1.0.5 -> 2.1.0.12 {changed}",
        $"Integrations/Beta/Beta.yml Beta script.alt_dockerimages[1] demisto/alpha:1.0.0.1 -> 1.0.0.10 {changed}",
        $"Scripts/Alpha/Alpha.yml Alpha dockerimage demisto/alpha:1.0.0.1 -> 1.0.0.10 {changed}",
        "Scripts/Delta.yml Delta script.dockerimage demisto/alpha:1.0.0.1 ->  OptedOut",
        "Scripts/Epsilon.yml Epsilon dockerimage someorg/alpha:1.0.0.1 ->  OutsideAllowedOrgs",
        $"Scripts/Gamma.yaml Gamma dockerimage demisto/beta:2.1.0.5 -> 2.1.0.12 {changed}",
        $"Scripts/Gamma.yaml Gamma alt_dockerimages[0] demisto/alpha:1.0.0.1 -> 1.0.0.10 {changed}",
        $"Scripts/Gamma.yaml Gamma alt_dockerimages[1] demisto/beta:2.1.0.4 -> 2.1.0.12 {changed}",
        "Scripts/Gamma.yaml Gamma alt_dockerimages[2] demisto/gamma:1.0.0.3 -> 1.0.0.3 Current",
    ];

    /// <summary>Asserts every fixture file is byte for byte what is given (the unchanged ones as written).</summary>
    public static void AssertFolder(TempFolder folder, string alpha, string beta, string gamma, string under = "")
    {
        Assert.Equal(alpha, folder.Read(under + "Scripts/Alpha/Alpha.yml"));
        Assert.Equal(beta, folder.Read(under + "Integrations/Beta/Beta.yml"));
        Assert.Equal(gamma, folder.Read(under + "Scripts/Gamma.yaml"));
        Assert.Equal(ContentFixtures.Delta, folder.Read(under + "Scripts/Delta.yml"));
        Assert.Equal(ContentFixtures.Epsilon, folder.Read(under + "Scripts/Epsilon.yml"));
        Assert.Equal(ContentFixtures.Readme, folder.Read(under + "README.md"));
    }
}
