using System.Text.RegularExpressions;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;

namespace ChatOps.Images;

/// <summary>
/// The rules every create passes before anything is built, checked again here even though the parser shapes the
/// command, because the record can be made by any caller. Every pattern is ASCII-only and case-sensitive
/// (no IgnoreCase: it would let look-alikes such as the Kelvin sign through).
/// </summary>
public static partial class CreateRequestValidator
{
    private const int MaxItems = 50;
    private const int MaxLength = 128;

    /// <summary>The canonical spec, or a refusal naming the item and the rule.</summary>
    public static CreateValidation Validate(CreateImageCommand command, ImagesOptions options)
    {
        var name = command.Name;
        var orgPrefix = options.Org + "/";
        if (name.StartsWith(orgPrefix, StringComparison.Ordinal)) name = name[orgPrefix.Length..];
        if (name.Length > MaxLength || !ImageName().IsMatch(name))
            return Refuse($"name '{Show(command.Name)}' is not allowed: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit (e.g. name=example_name); it is created under {options.Org}/.");

        if (command.Dependencies.Count > MaxItems) return Refuse($"dependencies: at most {MaxItems} at once.");
        foreach (var dependency in command.Dependencies)
        {
            if (!DistributionName().IsMatch(dependency.Name) || dependency.Name.Length > MaxLength)
                return Refuse($"dependency '{Show(dependency.ToString())}' is not a Python requirement: a name of letters, digits, '.', '_', '-' with optional [extras] and version specifiers (e.g. requests>=2.31,<3); no URLs, paths or pip options.");
            var badExtra = dependency.Extras.FirstOrDefault(e => !DistributionName().IsMatch(e));
            if (badExtra is not null)
                return Refuse($"dependency '{Show(dependency.ToString())}': extra '{Show(badExtra)}' is not a name (e.g. requests[socks]).");
            if (dependency.Specifier.Length > MaxLength || !(dependency.Specifier.Length == 0 || Specifiers().IsMatch(dependency.Specifier)))
                return Refuse($"dependency '{Show(dependency.ToString())}': version '{Show(dependency.Specifier)}' is not a list of ==, !=, >=, <=, >, <, ~= clauses (e.g. requests>=2.31,<3).");
        }

        if (command.Packages.Count > MaxItems) return Refuse($"packages: at most {MaxItems} at once.");
        foreach (var package in command.Packages)
        {
            if (!OsPackageName().IsMatch(package.Name) || package.Name.Length > MaxLength)
                return Refuse($"package '{Show(package.ToString())}' is not an OS package name: a package is one exact name of lower-case letters, digits, '+', '-' and '.', at least two characters, starting with a letter or digit; no wildcards, patterns, options or apk forms such as '*', '?', '>', '~', '@', ':' or '!' (e.g. packages=wget or packages=wget=1.21.3-1+deb12u1).");
            if (package.Version is not null && (package.Version.Length > MaxLength || !OsPackageVersion().IsMatch(package.Version)))
                return Refuse($"package '{Show(package.ToString())}': version '{Show(package.Version)}' has characters a package version cannot have: an exact version of letters, digits, '.', '+', '~', ':', '_' and '-', no wildcards or ranges (e.g. wget=1.21.3-1+deb12u1).");
        }

        var baseImage = command.Base ?? ParseReference(options.DefaultBase);
        if (baseImage is null) return Refuse($"the configured default base '{options.DefaultBase}' is not an image reference with a tag.");
        // ubuntu:22.04 is an image name, only not of an allowed organisation: that is what to say about it.
        if (!baseImage.Repository.Contains('/') && Repository().IsMatch("org/" + baseImage.Repository)
            && ImagePolicy.Check(baseImage, ImagePurpose.Base, options.AllowedOrgs) is { } withoutOrganisation)
            return RefuseByPolicy(withoutOrganisation);
        if (!Repository().IsMatch(baseImage.Repository) || baseImage.Repository.Length > 255)
            return Refuse($"base '{Show(baseImage.ToString())}' is not an image name (e.g. base={options.DefaultBase}).");
        if (ImagePolicy.Check(baseImage, ImagePurpose.Base, options.AllowedOrgs) is { } refusal) return RefuseByPolicy(refusal);
        if (!Tag().IsMatch(baseImage.Tag!))
            return Refuse($"base '{Show(baseImage.ToString())}' has a tag with characters a tag cannot have (e.g. base={options.DefaultBase}).");

        return new CreateValidation(ImageSpec.Create(orgPrefix + name, baseImage, command.Dependencies, command.Packages), null, false);
    }

    /// <summary>"org/name:tag" to a reference; null when it does not have that shape.</summary>
    public static ImageReference? ParseReference(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon < text.LastIndexOf('/')) return null;
        return new ImageReference(text[..colon], text[(colon + 1)..]);
    }

    /// <summary>Whether text is an image repository name (org/name, lower case), safe to put in a registry URL path.</summary>
    public static bool IsRepository(string text) => text.Length <= 255 && Repository().IsMatch(text);

    private static CreateValidation Refuse(string why) => new(null, why, Malformed: true);

    private static CreateValidation RefuseByPolicy(string why) => new(null, why, Malformed: false);

    /// <summary>Echoes hostile text without letting it draw: control characters become visible escapes, long text is cut.</summary>
    private static string Show(string text)
    {
        var shown = string.Concat(text.Take(80).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > 80 ? shown + "..." : shown;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ImageName();

    // PEP 508 names: ASCII letters, digits, '.', '_', '-', starting and ending with a letter or digit.
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DistributionName();

    // PEP 440 clauses of public versions, comma separated, no spaces.
    [GeneratedRegex(@"^(?:~=|==|!=|<=|>=|<|>)[0-9A-Za-z.*+!]+(?:,(?:~=|==|!=|<=|>=|<|>)[0-9A-Za-z.*+!]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Specifiers();

    // Debian policy 5.6.1 (and Alpine's subset): lower case, digits, '+', '-', '.', two characters or more.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OsPackageName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.+~:_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex OsPackageVersion();

    [GeneratedRegex(@"^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Repository();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
