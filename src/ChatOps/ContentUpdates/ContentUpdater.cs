using ChatOps.Engine;
using System.Text;
using ChatOps.Options;
using ChatOps.Replies;
using Microsoft.Extensions.Options;
using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Keeps the dockerimage tags of a content folder current: finds every image value, looks up the newest version
/// tag of each image, and lands the changes (in place, or one branch and commit per image in a git folder).
/// Items that opted out and images outside the allowed organisations are reported and never touched. The CLI
/// verb, the recurring job and the chat command all run this.
/// </summary>
internal sealed class ContentUpdater(
    ContentWorkspaceFactory workspaces, NewestTagFinder finder, IOptions<ImagesOptions> images, IOptions<ContentUpdatesOptions> options)
{
    /// <exception cref="ContentUpdateException">The folder cannot be read at all.</exception>
    public async Task<ContentUpdateReport> RunAsync(string folder, bool dryRun, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
            throw new ContentUpdateException($"the content folder {folder} does not exist.", remedy: new Remedy(
                "Ask an admin to give the bot its content folder.", "Set Content:Folder (or pass --path DIR to chatops content)."));

        IContentWorkspace workspace;
        ContentSnapshot snapshot;
        try
        {
            workspace = await workspaces.OpenAsync(folder, cancellationToken);
            snapshot = await workspace.ReadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is GitException or IOException or UnauthorizedAccessException)
        {
            throw new ContentUpdateException($"could not read the content folder {folder}: {exception.Message}", exception);
        }

        var rows = new List<Row>();
        foreach (var file in snapshot.Files) rows.AddRange(RowsOf(file, uncommitted: false));
        foreach (var file in snapshot.Uncommitted) rows.AddRange(RowsOf(file, uncommitted: true));

        var candidates = Classify(rows);
        var lookups = await finder.FindAsync(candidates.Select(r => r.Slot!.Image!.Repository).Distinct().ToList(), cancellationToken);
        var updates = Plan(candidates, lookups);

        if (dryRun)
        {
            foreach (var update in updates) Settle(update, ContentUpdateStatus.WouldChange, "would change: " + workspace.Describe(update.Update));
        }
        else
        {
            foreach (var outcome in await workspace.PublishAsync(updates.Select(u => u.Update).ToList(), cancellationToken))
                Settle(updates.Single(u => u.Update == outcome.Update), outcome.Status, outcome.Detail);
        }

        return new ContentUpdateReport(folder, dryRun, workspace is GitWorkspace, rows.Select(r => r.Entry!).ToList());
    }

    private static IEnumerable<Row> RowsOf(ContentFile file, bool uncommitted)
    {
        IReadOnlyList<ContentItem> items;
        try
        {
            items = ContentYamlScanner.Scan(file.RelativePath, ContentText.Decode(file.Bytes).Text);
        }
        catch (Exception exception) when (exception is YamlException or DecoderFallbackException)
        {
            var why = exception is YamlException yaml
                ? $"not valid YAML{(yaml.Start.Line > 0 ? $" at line {yaml.Start.Line}" : "")}: {yaml.Message}"
                : "not UTF-8 text";
            return [new Row(file, null, null) { Entry = new(file.RelativePath, file.RelativePath, "", "", null, null, ContentUpdateStatus.Failed, why) }];
        }
        var rows = items.SelectMany(item => item.Slots.Select(slot => new Row(file, item, slot))).ToList();
        if (uncommitted)
            foreach (var row in rows)
                row.Entry = row.EntryWith(null, ContentUpdateStatus.Failed, "not committed to git (HEAD): commit it so an update branch can include it");
        return rows;
    }

    // Settles every row that needs no lookup; returns the rows whose newest tag must be looked up.
    private List<Row> Classify(List<Row> rows)
    {
        var allowedOrgs = images.Value.AllowedOrgs.Distinct(StringComparer.Ordinal).ToList();
        var candidates = new List<Row>();
        foreach (var row in rows.Where(r => r.Entry is null))
        {
            var (item, slot) = (row.Item!, row.Slot!);
            if (!item.AutoUpdate)
                row.Entry = row.EntryWith(null, ContentUpdateStatus.OptedOut, "autoUpdateDockerImage: false");
            else if (slot.Problem is not null)
                row.Entry = row.EntryWith(null, ContentUpdateStatus.Failed, slot.Problem);
            else if (slot.Image!.Organisation is not { } org || !allowedOrgs.Contains(org, StringComparer.Ordinal))
                row.Entry = row.EntryWith(null, ContentUpdateStatus.OutsideAllowedOrgs,
                    // The report reaches chat (/content_update_images): it says what was found, never a setting name.
                    $"not an image of an allowed organisation ({string.Join(", ", allowedOrgs)}): not touched");
            else if (!TagVersion.TryParse(slot.Image.Tag, out _))
                row.Entry = row.EntryWith(null, ContentUpdateStatus.Failed,
                    $"tag '{slot.Image.Tag ?? "(none: latest)"}' is not a version: pin one such as 1.0.0.1 so it can be kept current");
            else
                candidates.Add(row);
        }
        return candidates;
    }

    private List<PlannedUpdate> Plan(List<Row> candidates, IReadOnlyDictionary<string, TagLookup> lookups)
    {
        var edits = new List<(Row Row, PlannedEdit Edit)>();
        foreach (var row in candidates)
        {
            var image = row.Slot!.Image!;
            var lookup = lookups[image.Repository];
            TagVersion.TryParse(image.Tag, out var current);
            if (lookup.Error is not null)
                row.Entry = row.EntryWith(null, ContentUpdateStatus.Failed, lookup.Error);
            else if (lookup.Newest is null)
                row.Entry = row.EntryWith(null, ContentUpdateStatus.Failed, $"no version tags of {image.Repository} in {Sources()}");
            else if (lookup.Newest.CompareTo(current) <= 0)
                row.Entry = row.EntryWith(lookup.Newest.Tag, ContentUpdateStatus.Current, "already the newest");
            else
                edits.Add((row, new PlannedEdit(row.File, row.Item!, row.Slot, image.Tag!, lookup.Newest.Tag)));
        }
        return edits
            .GroupBy(e => e.Edit.Repository, StringComparer.Ordinal)
            .Select(group =>
            {
                var tag = group.First().Edit.NewTag;
                var branch = options.Value.BranchPrefix + group.Key.Replace('/', '-') + "-" + tag;
                return new PlannedUpdate(new ImageUpdate(group.Key, tag, branch, group.Select(e => e.Edit).ToList()), group.Select(e => e.Row).ToList());
            })
            .ToList();
    }

    private string Sources() =>
        images.Value.Registry.Trim() is { Length: > 0 } registry ? $"the registry {registry} or the engine" : "the engine (no registry is configured)";

    private static void Settle(PlannedUpdate planned, ContentUpdateStatus status, string detail)
    {
        foreach (var row in planned.Rows) row.Entry = row.EntryWith(planned.Update.NewTag, status, detail);
    }

    private sealed record PlannedUpdate(ImageUpdate Update, IReadOnlyList<Row> Rows);

    // One image value on its way through a run; Entry is set once its fate is known.
    private sealed class Row(ContentFile file, ContentItem? item, ImageSlot? slot)
    {
        public ContentFile File => file;
        public ContentItem? Item => item;
        public ImageSlot? Slot => slot;
        public ContentUpdateEntry? Entry { get; set; }

        public ContentUpdateEntry EntryWith(string? newestTag, ContentUpdateStatus status, string detail) =>
            new(file.RelativePath, item!.Name, slot!.Key, slot.Image?.Repository ?? slot.Value, slot.Image?.Tag, newestTag, status, detail);
    }
}
