using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>Chooses how updates land: branches when the content folder is inside a git work tree, else the files in place.</summary>
internal sealed class ContentWorkspaceFactory(GitRunner git, IOptions<ContentUpdatesOptions> options)
{
    /// <exception cref="GitException">The folder is in a git repository that cannot be used (no commit yet, git missing).</exception>
    public async Task<IContentWorkspace> OpenAsync(string folder, CancellationToken cancellationToken)
    {
        // Only ask git when there is a repository around the folder, so a machine without git still edits plain folders.
        if (!HasGitAbove(folder)) return new FolderWorkspace(folder);
        var inside = await git.RunAsync(folder, ["rev-parse", "--is-inside-work-tree"], cancellationToken);
        if (!inside.Succeeded || inside.Text != "true") return new FolderWorkspace(folder);

        var topLevel = (await git.RunCheckedAsync(folder, ["rev-parse", "--show-toplevel"], cancellationToken)).Text;
        var prefix = (await git.RunCheckedAsync(folder, ["rev-parse", "--show-prefix"], cancellationToken)).Text;
        var head = await git.RunAsync(folder, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cancellationToken);
        if (!head.Succeeded)
            throw new GitException($"the git repository at {topLevel} has no commit yet: commit the content first, update branches start from HEAD");
        return new GitWorkspace(git, folder, topLevel, prefix, head.Text, Author(options.Value));
    }

    private static bool HasGitAbove(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                return true;
        return false;
    }

    private static IReadOnlyDictionary<string, string> Author(ContentUpdatesOptions options)
    {
        var author = new Dictionary<string, string>();
        if (options.GitAuthorName.Length > 0) author["GIT_AUTHOR_NAME"] = author["GIT_COMMITTER_NAME"] = options.GitAuthorName;
        if (options.GitAuthorEmail.Length > 0) author["GIT_AUTHOR_EMAIL"] = author["GIT_COMMITTER_EMAIL"] = options.GitAuthorEmail;
        return author;
    }
}
