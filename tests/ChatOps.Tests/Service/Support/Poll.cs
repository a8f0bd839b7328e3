namespace ChatOps.Tests.Service.Support;

/// <summary>
/// Waits for something a child process does in its own time (listening, a cold container, a signal arriving):
/// asks again until it holds or a minute has passed. Nothing is asserted about how long it took.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<bool> UntilAsync(Func<Task<bool>> holds)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await holds()) return true;
            await Task.Delay(Interval);
        }
        return false;
    }
}
