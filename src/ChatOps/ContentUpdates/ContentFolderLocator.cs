using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>The configured content folder (Content:Folder) as an absolute path: relative paths resolve against the app's content root (where appsettings.json is).</summary>
internal sealed class ContentFolderLocator(IOptions<ContentOptions> options, string contentRoot)
{
    public string Folder => Path.GetFullPath(options.Value.Folder, contentRoot);
}
