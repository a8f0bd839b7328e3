using ChatOps.Engine;
namespace ChatOps.Policy;

/// <summary>
/// Runs one command in a fresh, short-lived container of an image and returns how it ended; the container is
/// removed afterwards whatever happened. Shaped like the engine operation (create, start, wait, logs, remove)
/// so the vetting logic can be tested with a fake and a second engine can be added later.
/// </summary>
public interface IImageCommandRunner
{
    /// <param name="image">The image, e.g. "demisto/python3-deb:3.11.2.1"; it must be present on the engine.</param>
    /// <param name="argv">The command as an argv array; nothing is interpreted by a shell unless argv says so.</param>
    /// <param name="timeout">How long the command may take before the container is killed.</param>
    /// <exception cref="EngineOperationException">The image is missing, the engine refused, or the timeout passed.</exception>
    Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>The engine's id of an image (a hash of its content), or null when the engine does not have it.</summary>
    Task<string?> FindImageIdAsync(string image, CancellationToken cancellationToken);
}
