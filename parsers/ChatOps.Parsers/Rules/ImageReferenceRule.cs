using System.Text.RegularExpressions;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>
/// An existing image as written in chat (<c>base=</c>, <c>image=</c>): lower-case path parts with an optional
/// <c>:tag</c>. No registry host and no digest: which registry is used is configuration, not chat input.
/// </summary>
internal static class ImageReferenceRule
{
    // Docker's path component: separators between letters or digits, "__" and runs of '-' allowed, as image names are.
    const string Part = "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*";

    static readonly Regex RepositoryShape = new($@"\A{Part}(?:/{Part})*\z", RegexOptions.CultureInvariant);
    // What Docker itself takes for a registry host in front of the first '/': a dotted name or one with a port.
    static readonly Regex HostShape = new(@"\A[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::[0-9]+)?\z", RegexOptions.CultureInvariant);
    static readonly Regex TagShape = new(@"\A[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\z", RegexOptions.CultureInvariant);

    /// <param name="what">How the value is called in messages, e.g. "base image".</param>
    /// <param name="key">The key it was given with, for the lower-case suggestion.</param>
    /// <param name="example">An example of a good value.</param>
    public static bool TryParse(string text, string what, string key, string example, out ImageReference? image, out Violation? violation)
    {
        image = null;
        violation = null;
        var problem = Diagnose(text, key);
        if (problem is null)
        {
            var colon = TagColon(text);
            image = colon < 0 ? new ImageReference(text, null) : new ImageReference(text[..colon], text[(colon + 1)..]);
            return true;
        }

        violation = new Violation(
            $"{what} {Shown.Quote(text)} is not valid: {problem.Value.What}; write org/name or org/name:tag, e.g. {example}",
            problem.Value.Offset);
        return false;
    }

    static int TagColon(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > text.LastIndexOf('/') ? colon : -1;
    }

    static (string What, int Offset)? Diagnose(string text, string key)
    {
        var at = text.IndexOf('@');
        if (at >= 0) return ("digests (@sha256:...) are not allowed; use a tag", at);
        if (text.Contains("://", StringComparison.Ordinal)) return ("URLs are not allowed", 0);

        var colon = TagColon(text);
        var repository = colon < 0 ? text : text[..colon];
        var slash = repository.IndexOf('/');
        if (slash > 0)
        {
            var first = repository[..slash];
            if (first == "localhost" || ((first.Contains('.') || first.Contains(':')) && HostShape.IsMatch(first)))
                return ("a registry host is not allowed; the configured registry is used", 0);
        }

        if (!RepositoryShape.IsMatch(repository))
        {
            if (repository.Length == 0) return ("the name is missing", 0);
            var bad = FirstNotAllowed(repository, c => IsAsciiLower(c) || IsAsciiDigit(c) || c is '.' or '_' or '-' or '/');
            if (bad >= 0 && IsAsciiUpper(repository[bad]))
            {
                var lower = repository.ToLowerInvariant() + (colon < 0 ? "" : text[colon..]);
                return ($"image names are lower case; did you mean {key}={lower}?", bad);
            }

            return bad >= 0
                ? (NotAllowed(repository[bad]), bad)
                : ("each part between '/' is lower-case letters and digits, joined by '.', '_' or '-'", 0);
        }

        if (colon < 0) return null;
        var tag = text[(colon + 1)..];
        if (TagShape.IsMatch(tag)) return null;
        if (tag.Length == 0) return ("a tag is needed after \":\"", colon);
        var badInTag = FirstNotAllowed(tag, c => IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
        return badInTag >= 0
            ? ($"{NotAllowed(tag[badInTag])} in a tag", colon + 1 + badInTag)
            : ("a tag is letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128 characters", colon + 1);
    }
}
