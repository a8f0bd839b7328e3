namespace ChatOps.Execution.Server;

/// <summary>Whose job a server request belongs to: the war-room channel (an XSOAR investigation) and the instance whose state it keeps.</summary>
/// <param name="Channel">The channel the command was typed in; its context is the one read and written.</param>
/// <param name="Instance">The key of integration context and last run: an integration instance, or the script's name.</param>
/// <param name="Depth">How deep in executeCommand calls the job is (0 for a command typed in chat).</param>
internal sealed record JobScope(string Channel, string Instance, int Depth)
{
    /// <summary>Removes secrets from what a job says before it is logged (an integration instance's; scripts have none).</summary>
    public Func<string, string> Redact { get; init; } = text => text;
}
