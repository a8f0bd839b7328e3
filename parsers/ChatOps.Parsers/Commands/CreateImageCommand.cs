namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_create name= dependencies= packages= base= force=</c></summary>
public sealed record CreateImageCommand(
    string Name,
    IReadOnlyList<PythonRequirement> Dependencies,
    IReadOnlyList<OsPackage> Packages,
    ImageReference? Base,
    bool Force) : ChatCommand
{
    public override string Verb => "/docker_image_create";
}
