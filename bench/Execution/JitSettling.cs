using System.Runtime;

namespace ChatOps.Bench.Execution;

/// <summary>
/// Runs the path until tiered compilation is done with it: a run of rounds in which the JIT compiled nothing.
/// Until then the runtime recompiles hot methods on a background thread, whose CPU the bot's figure would count.
/// </summary>
internal static class JitSettling
{
    public const int QuietRounds = 300;

    /// <summary>How many rounds it took (at most the maximum, when the JIT never went quiet).</summary>
    public static async Task<int> WarmUpAsync(Func<Task<int>> round, int minimumRounds, int maximumRounds)
    {
        var rounds = 0;
        var quiet = 0;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (rounds < maximumRounds && (rounds < minimumRounds || quiet < QuietRounds))
        {
            await round();
            rounds++;
            var now = JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }
        return rounds;
    }
}
