using YamlDotNet.RepresentationModel;

namespace ChatOps.Content;

/// <summary>
/// Reads one candidate file as whichever item it is. An integration keeps its code, image and commands in a
/// <c>script:</c> mapping; a script's <c>script:</c> is its code (or empty, for the .py beside it).
/// </summary>
internal static class ContentItemReader
{
    /// <param name="stamp">Taken before reading, so a file that changes while it is read is read again next scan.</param>
    public static LoadedContentFile Load(ContentCandidate candidate, ContentFileStamp stamp, bool python2Available)
    {
        try
        {
            var root = ContentYaml.LoadRoot(candidate.Path);
            return ContentYaml.Node(root, "script") is YamlMappingNode script
                ? new LoadedContentFile(candidate, stamp, null, ContentIntegrationReader.Read(root, script, candidate, python2Available), null)
                : new LoadedContentFile(candidate, stamp, ContentScriptReader.Read(root, candidate, python2Available), null, null);
        }
        catch (ContentFormatException exception)
        {
            return Failed(candidate, stamp, exception.Line, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(candidate, stamp, null, exception.Message);
        }
    }

    private static LoadedContentFile Failed(ContentCandidate candidate, ContentFileStamp stamp, int? line, string message) =>
        new(candidate, stamp, null, null, new ContentLoadError(candidate.Path, line, message));
}
