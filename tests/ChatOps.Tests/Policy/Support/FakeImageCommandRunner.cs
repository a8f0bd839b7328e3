using ChatOps.Policy;

namespace ChatOps.Tests.Policy.Support;

/// <summary>Records each run and answers with what the test set; every image it is asked about has the id "sha256:" + its name.</summary>
internal sealed class FakeImageCommandRunner(Func<string, IReadOnlyList<string>, ImageCommandResult> answer) : IImageCommandRunner
{
    public List<(string Image, IReadOnlyList<string> Argv)> Runs { get; } = [];

    public Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Runs.Add((image, argv.ToList()));
        return Task.FromResult(answer(image, argv));
    }

    public Task<string?> FindImageIdAsync(string image, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(image.StartsWith("sha256:", StringComparison.Ordinal) ? image : "sha256:" + image);

    /// <summary>A runner whose images' package index holds exactly these "P\tname\tversion" / "V\tname\tprovider" lines.</summary>
    public static FakeImageCommandRunner WithIndex(params string[] lines) =>
        new((_, _) => new ImageCommandResult(0, string.Concat(lines.Select(l => l + "\n")) + "end\n", ""));
}
