namespace ChatOps.Execution.Pool;

/// <summary>A module the loop loads once per container, before any job, into every job's globals (e.g. CommonServerPython).</summary>
/// <param name="Order">Load order, lowest first: CommonServerUserPython may use what CommonServerPython defines.</param>
/// <param name="ModuleName">The name scripts import it by (`from CommonServerPython import *`).</param>
/// <param name="Path">Where it is on the bot's machine.</param>
internal sealed record PreloadFile(int Order, string ModuleName, string Path)
{
    /// <summary>Its name in the container's preload folder: the loop loads them sorted, and takes the module name after the dash.</summary>
    public string ArchiveName => $"{Order:00}-{ModuleName}.py";
}
