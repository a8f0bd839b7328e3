using ChatOps.Policy;

namespace ChatOps.Tests.Policy.Support;

/// <summary>Passes every call to the real runner and counts the containers it was asked to start.</summary>
internal sealed class CountingImageCommandRunner(IImageCommandRunner real) : IImageCommandRunner
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return real.RunAsync(image, argv, timeout, cancellationToken);
    }

    public Task<string?> FindImageIdAsync(string image, CancellationToken cancellationToken) => real.FindImageIdAsync(image, cancellationToken);
}
