using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// /docker_image_diff from=org/name:tag to=org/name:tag: the Python and OS packages one image has that the other
/// has not, and those whose versions differ, from what the bot verified inside each image when it built it.
/// </summary>
internal sealed class ImageDiffHandler(ImageMetadataStore metadata, ImagePolicy policy) : CommandHandler<ImageDiffCommand>
{
    private static readonly string[] Columns = ["package", "kind", "from", "to", "change"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ImageDiffCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var refusal = policy.Check(command.From, ImagePurpose.Built) ?? policy.Check(command.To, ImagePurpose.Built);
        if (refusal is not null)
        {
            yield return new ErrorReply(refusal);
            yield break;
        }
        var records = (await metadata.ListAsync(cancellationToken)).ToDictionary(r => r.Reference, StringComparer.Ordinal);
        var missing = new[] { command.From.ToString(), command.To.ToString() }.Where(r => !records.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            yield return new ErrorReply($"The bot has no record of what is inside {string.Join(" or ", missing)}: it compares only images it built; /docker_images lists them.");
            yield break;
        }

        var from = Packages(records[command.From.ToString()]);
        var to = Packages(records[command.To.ToString()]);
        var rows = from.Keys.Union(to.Keys)
            .Select(key => (key, Before: from.GetValueOrDefault(key), After: to.GetValueOrDefault(key)))
            .Where(x => x.Before != x.After)
            .OrderBy(x => x.key.Kind, StringComparer.Ordinal).ThenBy(x => x.key.Name, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<string>)[x.key.Name, x.key.Kind, x.Before ?? "-", x.After ?? "-",
                x.Before is null ? "added" : x.After is null ? "removed" : "changed"])
            .ToList();
        if (rows.Count == 0)
        {
            yield return new TextReply($"{command.From} and {command.To} have the same Python and OS packages, at the same versions.");
            yield break;
        }
        yield return new TableReply($"{Counted.Of(rows.Count, "package")} differ from {command.From} to {command.To}", Columns, rows);
    }

    /// <summary>Each package by kind and name (Python names normalised, as the store indexes them), with its version.</summary>
    private static Dictionary<(string Kind, string Name), string> Packages(ImageRecord record) =>
        record.Distributions.Select(d => (Key: ("python", ImageMetadataStore.NormalisePythonName(d.Name)), d.Version))
            .Concat(record.OsPackages.Select(p => (Key: ("os", p.Name), p.Version)))
            .DistinctBy(x => x.Key)
            .ToDictionary(x => x.Key, x => x.Version);
}
