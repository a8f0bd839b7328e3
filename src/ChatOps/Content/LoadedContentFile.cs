namespace ChatOps.Content;

/// <summary>One candidate file as last read: the script or integration it holds, or why it did not load.</summary>
internal sealed record LoadedContentFile(
    ContentCandidate Candidate,
    ContentFileStamp Stamp,
    ContentScript? Script,
    ContentIntegration? Integration,
    ContentLoadError? Error);
