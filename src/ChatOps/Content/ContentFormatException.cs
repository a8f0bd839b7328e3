namespace ChatOps.Content;

/// <summary>A script YAML is not what the content format asks for, at this line.</summary>
internal sealed class ContentFormatException(string message, int? line) : Exception(message)
{
    public int? Line { get; } = line;
}
