namespace ChatOps.Content;

/// <summary>A content file that did not load: where (file, 1-based line when known) and why.</summary>
internal sealed record ContentLoadError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
