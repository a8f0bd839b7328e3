using System.Text;

namespace ChatOps.ContentUpdates;

/// <summary>
/// A content folder inside a git work tree. Files are read from HEAD, and each image's update becomes one new
/// branch with one commit on top of HEAD, made with plumbing (hash-object, a temporary index, commit-tree,
/// update-ref): the user's checkout, index and working files are never touched, and blobs are stored byte for
/// byte (no line-ending filters).
/// </summary>
internal sealed class GitWorkspace(GitRunner git, string folder, string topLevel, string prefix, string head, IReadOnlyDictionary<string, string> author)
    : IContentWorkspace
{
    // Path in the repository and file mode of each file read, by its path relative to the content folder.
    private readonly Dictionary<string, (string Path, string Mode)> _tracked = new(StringComparer.Ordinal);

    public string Head => head;

    public string Describe(ImageUpdate update) => "branch " + update.Branch;

    public async Task<ContentSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        string[] listArguments = prefix.Length == 0 ? ["ls-tree", "-r", "-z", head] : ["ls-tree", "-r", "-z", head, "--", prefix];
        var listing = await git.RunCheckedAsync(topLevel, listArguments, cancellationToken);
        var blobs = new List<(string RelativePath, string Sha)>();
        // "<mode> blob <sha>\t<path>\0" per entry; symlinks (120000) and submodules are not content.
        foreach (var entry in Encoding.UTF8.GetString(listing.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t');
            var fields = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (fields[1] != "blob" || fields[0] is not ("100644" or "100755") || !ContentYamlFiles.IsYaml(path)) continue;
            var relativePath = path[prefix.Length..];
            _tracked[relativePath] = (path, fields[0]);
            blobs.Add((relativePath, fields[2]));
        }

        var files = await ReadBlobsAsync(blobs, cancellationToken);
        var uncommitted = await ContentYamlFiles.ReadAsync(folder,
            ContentYamlFiles.List(folder).Where(relativePath => !_tracked.ContainsKey(relativePath)), cancellationToken);
        return new ContentSnapshot(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), uncommitted);
    }

    public async Task<IReadOnlyList<PublishOutcome>> PublishAsync(IReadOnlyList<ImageUpdate> updates, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishOutcome>();
        foreach (var update in updates)
        {
            try
            {
                outcomes.Add(await PublishAsync(update, cancellationToken));
            }
            catch (Exception exception) when (exception is GitException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                outcomes.Add(new PublishOutcome(update, ContentUpdateStatus.Failed, exception.Message));
            }
        }
        return outcomes;
    }

    private async Task<PublishOutcome> PublishAsync(ImageUpdate update, CancellationToken cancellationToken)
    {
        var branchRef = "refs/heads/" + update.Branch;
        var existing = await git.RunAsync(topLevel, ["rev-parse", "--verify", "--quiet", branchRef], cancellationToken);
        if (existing.Succeeded)
            return new PublishOutcome(update, ContentUpdateStatus.AlreadyProposed, $"branch {update.Branch} already exists (not merged yet)");

        // Blobs first: nothing is referenced until the branch is created at the very end.
        var indexRecords = await WriteBlobsAsync(update, cancellationToken);

        var index = Path.Combine(Path.GetTempPath(), $"chatops-update-index-{Guid.NewGuid():N}");
        try
        {
            var withIndex = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
            await git.RunCheckedAsync(topLevel, ["read-tree", head], cancellationToken, environment: withIndex);
            await git.RunCheckedAsync(topLevel, ["update-index", "-z", "--index-info"], cancellationToken,
                Encoding.UTF8.GetBytes(indexRecords), withIndex);
            var tree = (await git.RunCheckedAsync(topLevel, ["write-tree"], cancellationToken, environment: withIndex)).Text;
            var message = update.CommitMessage(f => _tracked[f.RelativePath].Path);
            var commit = (await git.RunCheckedAsync(topLevel, ["commit-tree", tree, "-p", head, "-F", "-"], cancellationToken,
                Encoding.UTF8.GetBytes(message), author)).Text;
            // The empty old value makes git refuse if the branch appeared meanwhile (another run): never overwritten.
            await git.RunCheckedAsync(topLevel, ["update-ref", "-m", "chatops content update-images", branchRef, commit, ""], cancellationToken);
            return new PublishOutcome(update, ContentUpdateStatus.Changed, $"branch {update.Branch} (commit {commit[..12]})");
        }
        finally
        {
            File.Delete(index);
            File.Delete(index + ".lock");
        }
    }

    // The edited files as blobs, with one `git hash-object --stdin-paths` over temporary copies (one git process,
    // not one per file); returns the index records "<mode> <sha>\t<path>\0" that put them in a tree.
    private async Task<string> WriteBlobsAsync(ImageUpdate update, CancellationToken cancellationToken)
    {
        var files = update.Edits.GroupBy(e => e.File).ToList();
        var scratch = Directory.CreateTempSubdirectory("chatops-update-blobs-");
        try
        {
            var paths = new StringBuilder();
            for (var i = 0; i < files.Count; i++)
            {
                var copy = Path.Combine(scratch.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await File.WriteAllBytesAsync(copy, ImageSlotEditor.Apply(files[i].Key, files[i].ToList()), cancellationToken);
                paths.Append(copy).Append('\n');
            }
            var shas = (await git.RunCheckedAsync(topLevel, ["hash-object", "-w", "--no-filters", "--stdin-paths"], cancellationToken,
                Encoding.UTF8.GetBytes(paths.ToString()))).Text.Split('\n');
            if (shas.Length != files.Count) throw new GitException($"git hash-object wrote {shas.Length} blobs for {files.Count} files");
            var records = new StringBuilder();
            for (var i = 0; i < files.Count; i++)
            {
                var (path, mode) = _tracked[files[i].Key.RelativePath];
                records.Append($"{mode} {shas[i]}\t{path}\0");
            }
            return records.ToString();
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // One `git cat-file --batch` for all blobs: "<sha>\n" in, "<sha> blob <size>\n<bytes>\n" out per blob.
    private async Task<IReadOnlyList<ContentFile>> ReadBlobsAsync(IReadOnlyList<(string RelativePath, string Sha)> blobs, CancellationToken cancellationToken)
    {
        if (blobs.Count == 0) return [];
        var request = Encoding.ASCII.GetBytes(string.Concat(blobs.Select(b => b.Sha + "\n")));
        var output = (await git.RunCheckedAsync(topLevel, ["cat-file", "--batch"], cancellationToken, request)).Output;
        var files = new List<ContentFile>();
        var position = 0;
        foreach (var (relativePath, _) in blobs)
        {
            var headerEnd = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(output, position, headerEnd - position).Split(' ');
            if (header.Length != 3 || header[1] != "blob")
                throw new GitException($"git cat-file gave an unexpected answer for {relativePath}: {string.Join(' ', header)}");
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            files.Add(new ContentFile(relativePath, output.AsSpan(headerEnd + 1, size).ToArray()));
            position = headerEnd + 1 + size + 1;
        }
        return files;
    }
}
