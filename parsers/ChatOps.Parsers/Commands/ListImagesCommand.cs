namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_images [name=part] [package=requests]</c></summary>
public sealed record ListImagesCommand(string? NameFilter, string? PackageFilter) : ChatCommand
{
    public override string Verb => "/docker_images";
}
