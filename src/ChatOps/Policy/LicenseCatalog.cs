using System.Text.RegularExpressions;

namespace ChatOps.Policy;

/// <summary>
/// Recognises licence families ("MIT", "BSD", "Apache 2.0", "GPL", ...) in the three places Python metadata puts
/// them: SPDX ids (License-Expression), free text (License, from "BSD" to the whole licence) and trove classifiers.
/// Families, not exact ids, are what the approved list speaks of (XSOAR's approved_licenses.json does the same).
/// </summary>
internal static partial class LicenseCatalog
{
    /// <summary>SPDX id prefixes, tried in order (LGPL and AGPL before GPL, CC-BY-NC before CC-BY).</summary>
    private static readonly (string Prefix, string Family)[] SpdxPrefixes =
    [
        ("LGPL", "LGPL"), ("AGPL", "AGPL"), ("GPL", "GPL"), ("SSPL", "SSPL"),
        ("MIT", "MIT"), ("0BSD", "BSD"), ("BSD", "BSD"),
        ("APACHE-2.0", "Apache 2.0"), ("APACHE-1", "Apache 1.x"),
        ("PSF-2.0", "PSF"), ("PYTHON-2.0", "PSF"), ("CNRI-PYTHON", "PSF"),
        ("MPL-2.0", "MPL 2.0"), ("MPL-1", "MPL 1.x"),
        ("CC0-1.0", "Public Domain"), ("LICENSEREF-PUBLIC-DOMAIN", "Public Domain"), ("PUBLIC-DOMAIN", "Public Domain"),
        ("UNLICENSE", "Unlicense"), ("WTFPL", "WTFPL"), ("AFL-", "AFL"), ("ISC", "ISC"),
        ("ZLIB", "zlib/libpng"), ("LIBPNG", "zlib/libpng"), ("ZPL-", "ZPL"),
        ("CC-BY-NC", "CC-BY-NC"), ("CC-BY-ND", "CC-BY-ND"), ("CC-BY-SA", "CC-BY-SA"), ("CC-BY-", "CC-BY"),
        ("ARTISTIC-", "Artistic"), ("EPL-1.0", "EPL 1.0"), ("EPL-2.0", "EPL 2.0"), ("UPL-1.0", "UPL"), ("HPND", "HPND"),
        ("EUPL", "EUPL"), ("BUSL", "BUSL"), ("BSL-1.0", "Boost"), ("CDDL", "CDDL"), ("OSL-", "OSL"),
        ("LICENSEREF-PROPRIETARY", "Proprietary"), ("PROPRIETARY", "Proprietary"), ("COMMERCIAL", "Proprietary"),
    ];

    /// <summary>Short names people write in License or in a classifier, tried in order on upper-cased text.</summary>
    private static readonly (Regex Pattern, string Family)[] Names =
    [
        (Name(@"\bAGPL|AFFERO"), "AGPL"),
        (Name(@"\bLGPL|LESSER GENERAL PUBLIC|LIBRARY GENERAL PUBLIC|LIBRARY OR LESSER"), "LGPL"),
        (Name(@"\bGPL|GENERAL PUBLIC LICEN"), "GPL"),
        (Name(@"\bSSPL|SERVER SIDE PUBLIC"), "SSPL"),
        (Name(@"\bUNLICENSE\b"), "Unlicense"),
        (Name(@"PUBLIC[ -]DOMAIN|\bCC0\b"), "Public Domain"),
        (Name(@"\bMIT\b|\bEXPAT\b"), "MIT"),
        (Name(@"\bBSD\b|\d-CLAUSE"), "BSD"),
        (Name(@"APACHE[^0-9]*1\.\d"), "Apache 1.x"),
        (Name(@"\bAPACHE\b"), "Apache 2.0"), // "Apache Software License" without a version: 1.x has not been chosen since 2004
        (Name(@"\bPSF\b|PYTHON SOFTWARE FOUNDATION|\bPSFL\b"), "PSF"),
        (Name(@"(\bMPL|MOZILLA PUBLIC LICEN[CS]E)[^0-9]*2(\.0)?\b"), "MPL 2.0"),
        (Name(@"\bMPL\b|MOZILLA PUBLIC"), "MPL 1.x"),
        (Name(@"\bWTFPL\b|DO WHAT THE F"), "WTFPL"),
        (Name(@"\bAFL\b|ACADEMIC FREE"), "AFL"),
        (Name(@"\bISC\b|\bISCL\b"), "ISC"),
        (Name(@"\bZLIB\b|\bLIBPNG\b"), "zlib/libpng"),
        (Name(@"\bZPL\b|ZOPE PUBLIC"), "ZPL"),
        (Name(@"CC[ -]?BY[ -]?NC|NON-?COMMERCIAL"), "CC-BY-NC"),
        (Name(@"CC[ -]?BY[ -]?SA|SHARE-?ALIKE"), "CC-BY-SA"),
        (Name(@"CC[ -]?BY|CREATIVE COMMONS ATTRIBUTION"), "CC-BY"),
        (Name(@"\bARTISTIC\b"), "Artistic"),
        (Name(@"(\bEPL|ECLIPSE PUBLIC LICEN[CS]E)[^0-9]*1(\.0)?\b"), "EPL 1.0"),
        (Name(@"\bEPL\b|ECLIPSE PUBLIC"), "EPL 2.0"),
        (Name(@"\bUPL\b|UNIVERSAL PERMISSIVE"), "UPL"),
        (Name(@"\bHPND\b|HISTORICAL PERMISSION"), "HPND"),
        (Name(@"\bEUPL\b|EUROPEAN UNION PUBLIC"), "EUPL"),
        (Name(@"BUSINESS SOURCE|\bBUSL\b"), "BUSL"),
        (Name(@"\bBOOST\b|\bBSL-1"), "Boost"),
        (Name(@"PROPRIETARY|COMMERCIAL|ALL RIGHTS RESERVED"), "Proprietary"),
    ];

    /// <summary>
    /// Phrases that identify a whole licence text, matched on text reduced to upper-case words. The earliest one
    /// found names the licence: a package's own licence comes first, bundled third-party notices (numpy ships
    /// GPL-with-exception runtime notices after its BSD text) come after it.
    /// </summary>
    private static readonly (string Phrase, string Family)[] Phrases =
    [
        ("PERMISSION IS HEREBY GRANTED FREE OF CHARGE", "MIT"),
        ("REDISTRIBUTION AND USE IN SOURCE AND BINARY FORMS", "BSD"),
        ("APACHE LICENSE VERSION 2.0", "Apache 2.0"),
        ("APACHE LICENSE 2.0", "Apache 2.0"),
        ("GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
        ("GNU LIBRARY GENERAL PUBLIC LICENSE", "LGPL"),
        ("GNU AFFERO GENERAL PUBLIC LICENSE", "AGPL"),
        ("GNU GENERAL PUBLIC LICENSE", "GPL"),
        ("SERVER SIDE PUBLIC LICENSE", "SSPL"),
        ("MOZILLA PUBLIC LICENSE VERSION 2.0", "MPL 2.0"),
        ("MOZILLA PUBLIC LICENSE 2.0", "MPL 2.0"),
        ("PYTHON SOFTWARE FOUNDATION LICENSE", "PSF"),
        ("PERMISSION TO USE COPY MODIFY AND OR DISTRIBUTE THIS SOFTWARE FOR ANY PURPOSE WITH OR WITHOUT FEE IS HEREBY GRANTED", "ISC"),
        ("PERMISSION TO USE COPY MODIFY AND DISTRIBUTE THIS SOFTWARE AND ITS DOCUMENTATION FOR ANY PURPOSE", "HPND"),
        ("THIS IS FREE AND UNENCUMBERED SOFTWARE RELEASED INTO THE PUBLIC DOMAIN", "Unlicense"),
        ("DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE", "WTFPL"),
        ("IN NO EVENT WILL THE AUTHORS BE HELD LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THIS SOFTWARE", "zlib/libpng"),
        ("ECLIPSE PUBLIC LICENSE V 1.0", "EPL 1.0"),
        ("ECLIPSE PUBLIC LICENSE VERSION 1.0", "EPL 1.0"),
        ("ECLIPSE PUBLIC LICENSE V 2.0", "EPL 2.0"),
        ("ECLIPSE PUBLIC LICENSE VERSION 2.0", "EPL 2.0"),
        ("ZOPE PUBLIC LICENSE", "ZPL"),
        ("ACADEMIC FREE LICENSE", "AFL"),
        ("THE ARTISTIC LICENSE", "Artistic"),
        ("UNIVERSAL PERMISSIVE LICENSE", "UPL"),
        ("CC0 1.0 UNIVERSAL", "Public Domain"),
        ("BUSINESS SOURCE LICENSE", "BUSL"),
    ];

    /// <summary>The family of one SPDX id ("Apache-2.0", "GPL-3.0-or-later", "LicenseRef-Proprietary"), or null when unknown.</summary>
    public static string? FamilyOfSpdxId(string id)
    {
        var upper = id.Trim().ToUpperInvariant();
        foreach (var (prefix, family) in SpdxPrefixes)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal)) return family;
        }
        return null;
    }

    /// <summary>The family a short licence name denotes ("BSD", "Apache Software License", "LGPLv3+"), or null.</summary>
    public static string? FamilyOfName(string name)
    {
        var upper = name.ToUpperInvariant();
        foreach (var (pattern, family) in Names)
        {
            if (pattern.IsMatch(upper)) return family;
        }
        return null;
    }

    /// <summary>The family of a whole licence text, from the earliest known phrase in it, or null.</summary>
    public static string? FamilyOfText(string text)
    {
        var words = " " + NonWord().Replace(text.ToUpperInvariant(), " ").Trim() + " ";
        string? earliestFamily = null;
        var earliest = int.MaxValue;
        foreach (var (phrase, family) in Phrases)
        {
            var at = words.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
            if (at >= 0 && at < earliest)
            {
                earliest = at;
                earliestFamily = family;
            }
        }
        return earliestFamily;
    }

    /// <summary>
    /// A configured entry as a family: a family name as in the defaults ("apache 2.0" reads as "Apache 2.0"), else
    /// the entry itself, so an exact SPDX id ("GPL-3.0-only") approves that id and not its whole family.
    /// </summary>
    public static string FamilyOfConfigured(string entry) => Canonical(entry) ?? entry.Trim();

    /// <summary>Whether a family is one of the configured approved ones (compared without case).</summary>
    public static bool SameFamily(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? Canonical(string entry)
    {
        var trimmed = entry.Trim();
        return SpdxPrefixes.Select(p => p.Family).Concat(Names.Select(n => n.Family))
            .FirstOrDefault(family => SameFamily(family, trimmed));
    }

    private static Regex Name(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Letters, digits and the dot of "2.0" are words; everything else (commas, slashes, line breaks) a space.
    [GeneratedRegex(@"[^A-Z0-9.]+|\.(?![0-9])")]
    private static partial Regex NonWord();
}
