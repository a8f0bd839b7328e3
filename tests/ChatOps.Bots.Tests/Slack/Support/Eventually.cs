namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>Waits for something another thread or process makes true, failing the test with a message after a timeout.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
