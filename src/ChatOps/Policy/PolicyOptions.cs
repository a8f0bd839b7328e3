namespace ChatOps.Policy;

/// <summary>Section "Policy": package due diligence (issue 7): typo-squats, licenses, advisories.</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policy";

    /// <summary>
    /// Python distribution names accepted on purpose although they look like a typo of a popular one
    /// (compared after PEP 503 normalisation). Default none.
    /// </summary>
    public List<string> AllowedNames { get; set; } = [];

    /// <summary>
    /// Licence families (or exact SPDX ids) an installed distribution may carry; empty means <see cref="DefaultApprovedLicenses"/>.
    /// (The default is not the property's initial value because configuration binding appends to a list, it does not replace it.)
    /// </summary>
    public List<string> ApprovedLicenses { get; set; } = [];

    /// <summary>The approved list of XSOAR's verify_licenses.py (shared/reference/xsoar-docker.md).</summary>
    public static IReadOnlyList<string> DefaultApprovedLicenses { get; } =
    [
        "MIT", "BSD", "Apache 2.0", "PSF", "LGPL", "MPL 2.0", "Public Domain", "Unlicense", "WTFPL", "AFL", "ISC",
        "zlib/libpng", "ZPL", "CC-BY", "Artistic", "EPL 1.0", "UPL", "HPND",
    ];

    public IReadOnlyList<string> EffectiveApprovedLicenses => ApprovedLicenses.Count > 0 ? ApprovedLicenses : DefaultApprovedLicenses;

    /// <summary>Distribution name -> why its licence is accepted anyway (e.g. "GPL, approved by legal 2026-03"). Default none.</summary>
    public Dictionary<string, string> LicenseExceptions { get; set; } = [];

    /// <summary>OSV-compatible advisory endpoint (POST &lt;url&gt;/v1/querybatch); empty: advisories are not checked. Default empty.</summary>
    public string AdvisoryUrl { get; set; } = "";

    /// <summary>Whether a distribution with a known advisory fails the build; otherwise it is only reported. Default false.</summary>
    public bool RefuseVulnerable { get; set; }

    /// <summary>Timeout of one request to the package index or the advisory endpoint. Default 15 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the base image may take to read its OS package index (apt-get update). Default 3 min.</summary>
    public TimeSpan OsPackageCheckTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How old a stored base image package index may grow before the running bot reads it again. Default 1 day.</summary>
    public TimeSpan OsPackageIndexRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A package missing from an index at least this old makes the bot read the index again before refusing it, so a
    /// package new on the mirror is found; younger indexes answer as they are, so typos cannot force reads. Default 10 min.
    /// </summary>
    public TimeSpan OsPackageIndexMissRefreshAfter { get; set; } = TimeSpan.FromMinutes(10);
}
