namespace ChatOps.Parsers.Commands;

/// <summary>A war-room command after parsing: every argument typed and shape-checked, whatever the platform.</summary>
public abstract record ChatCommand
{
    /// <summary>The command word as the user addresses it, e.g. "/docker_images" or "!Print".</summary>
    public abstract string Verb { get; }
}
