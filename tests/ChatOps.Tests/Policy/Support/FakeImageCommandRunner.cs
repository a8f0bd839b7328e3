using ChatOps.Policy;

namespace ChatOps.Tests.Policy.Support;

/// <summary>Records each run and answers with what the test set, or throws what it set.</summary>
internal sealed class FakeImageCommandRunner(Func<string, IReadOnlyList<string>, ImageCommandResult> answer) : IImageCommandRunner
{
    public List<(string Image, IReadOnlyList<string> Argv)> Runs { get; } = [];

    public Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Runs.Add((image, argv.ToList()));
        return Task.FromResult(answer(image, argv));
    }

    /// <summary>A runner whose image lacks exactly the given package arguments.</summary>
    public static FakeImageCommandRunner Missing(params string[] missing) =>
        new((_, argv) => new ImageCommandResult(0, string.Concat(argv.Skip(4).Where(missing.Contains).Select(m => $"missing {m}\n")), ""));
}
