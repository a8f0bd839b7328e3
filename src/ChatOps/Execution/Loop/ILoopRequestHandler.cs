using System.Text.Json;

namespace ChatOps.Execution.Loop;

/// <summary>Answers the loop's blocking requests (executeCommand, setContext, log, ...) for one job.</summary>
public interface ILoopRequestHandler
{
    /// <summary>The one reply line (no newline): JSON, or <c>$$##message</c> to raise an error in the script.</summary>
    ValueTask<string> HandleAsync(string type, JsonElement request, CancellationToken cancellationToken);
}
