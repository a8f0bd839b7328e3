using YamlDotNet.RepresentationModel;

namespace ChatOps.Content;

/// <summary>
/// Reads one candidate file as whichever item it is. An integration keeps its code, image and commands in a
/// <c>script:</c> mapping; a script's <c>script:</c> is its code (or empty, for the .py beside it).
/// </summary>
internal static class ContentItemReader
{
    public static LoadedContentFile Load(ContentCandidate candidate, bool python2Available)
    {
        try
        {
            var root = ContentYaml.LoadRoot(candidate.Path);
            return ContentYaml.Node(root, "script") is YamlMappingNode script
                ? new LoadedContentFile(candidate, null, ContentIntegrationReader.Read(root, script, candidate, python2Available), null)
                : new LoadedContentFile(candidate, ContentScriptReader.Read(root, candidate, python2Available), null, null);
        }
        catch (ContentFormatException exception)
        {
            return Failed(candidate, exception.Line, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(candidate, null, exception.Message);
        }
    }

    private static LoadedContentFile Failed(ContentCandidate candidate, int? line, string message) =>
        new(candidate, null, null, new ContentLoadError(candidate.Path, line, message));
}
