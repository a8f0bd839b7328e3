namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>
/// Content YAML as users write it: every quoting style, comments, CRLF and LF, flow and block sequences,
/// alt_dockerimages, an opted-out item, an image of another org, and look-alike text that is not a value.
/// Tests write the expected text after an update out in full next to these.
/// </summary>
internal static class ContentFixtures
{
    /// <summary>A script: top-level plain dockerimage with comments; the script body mentions an image but is no value.</summary>
    public const string Alpha =
        "commonfields:\n" +
        "  id: Alpha\n" +
        "  version: -1\n" +
        "name: Alpha\n" +
        "script: |-\n" +
        "  print(\"dockerimage: demisto/alpha:1.0.0.1\")\n" +
        "type: python\n" +
        "subtype: python3\n" +
        "# pinned by the team; the updater keeps it current\n" +
        "dockerimage: demisto/alpha:1.0.0.1   # trailing comment stays\n" +
        "tags: []\n";

    /// <summary>An integration with CRLF line endings: script.dockerimage single quoted, a block alt_dockerimages list.</summary>
    public const string Beta =
        "commonfields:\r\n" +
        "  id: Beta\r\n" +
        "  version: -1\r\n" +
        "name: Beta\r\n" +
        "script:\r\n" +
        "  script: ''\r\n" +
        "  type: python\r\n" +
        "  dockerimage: 'demisto/alpha:1.0.0.2'\r\n" +
        "  alt_dockerimages:\r\n" +
        "    - \"demisto/beta:2.1.0.5\"  # python 3.11\r\n" +
        "    - demisto/alpha:1.0.0.1\r\n" +
        "  subtype: python3\r\n";

    /// <summary>Flow style everywhere, double-quoted dockerimage, an already current image.</summary>
    public const string Gamma =
        "commonfields: {id: Gamma, version: -1}\n" +
        "name: Gamma\n" +
        "dockerimage: \"demisto/beta:2.1.0.5\"\n" +
        "alt_dockerimages: [demisto/alpha:1.0.0.1, 'demisto/beta:2.1.0.4', \"demisto/gamma:1.0.0.3\"]\n";

    /// <summary>Opted out as the seeds show it: never changed even though newer tags exist.</summary>
    public const string Delta =
        "commonfields:\n" +
        "  id: Delta\n" +
        "  version: -1\n" +
        "name: Delta\n" +
        "script:\n" +
        " dockerimage: demisto/alpha:1.0.0.1\n" +
        "autoUpdateDockerImage: false\n";

    /// <summary>An image of an org that is not allowed: reported, never touched.</summary>
    public const string Epsilon =
        "commonfields:\n" +
        "  id: Epsilon\n" +
        "name: Epsilon\n" +
        "dockerimage: someorg/alpha:1.0.0.1\n";

    /// <summary>Not YAML content: never read, whatever it says.</summary>
    public const string Readme = "dockerimage: demisto/alpha:1.0.0.1\n";

    /// <summary>What the engine holds for these fixtures: alpha's newest is 1.0.0.10 (not 1.0.0.9), beta's 2.1.0.12, gamma is current.</summary>
    public static readonly string[] EngineTags =
    [
        "demisto/alpha:1.0.0.1", "demisto/alpha:1.0.0.2", "demisto/alpha:1.0.0.9", "demisto/alpha:1.0.0.10", "demisto/alpha:latest", "demisto/alpha:dev",
        "demisto/beta:2.1.0.5", "demisto/beta:2.1.0.12", "demisto/beta:3.0.0.1-rc",
        "demisto/gamma:1.0.0.3",
        "someorg/alpha:1.0.0.50",
    ];

    /// <summary>Writes the fixtures into the folder (under an optional subfolder) the way a content repository lays them out.</summary>
    public static void WriteAll(TempFolder folder, string under = "")
    {
        folder.Write(under + "Scripts/Alpha/Alpha.yml", Alpha);
        folder.Write(under + "Integrations/Beta/Beta.yml", Beta);
        folder.Write(under + "Scripts/Gamma.yaml", Gamma);
        folder.Write(under + "Scripts/Delta.yml", Delta);
        folder.Write(under + "Scripts/Epsilon.yml", Epsilon);
        folder.Write(under + "README.md", Readme);
    }
}
