namespace ChatOps.Content;

/// <summary>One entry of an integration's <c>script.commands:</c>: what a user types as <c>!name</c> to call it.</summary>
internal sealed record IntegrationCommand(
    string Name,
    string Description,
    IReadOnlyList<ContentArgument> Arguments,
    IReadOnlyList<CommandOutput> Outputs,
    bool Deprecated);
