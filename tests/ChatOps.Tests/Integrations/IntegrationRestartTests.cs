using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Integrations.Support;

namespace ChatOps.Tests.Integrations;

public sealed class IntegrationRestartTests
{
    [Fact]
    public async Task An_instances_integration_context_survives_a_restart_of_the_bot()
    {
        var storage = Directory.CreateTempSubdirectory("chatops-integration-restart-").FullName;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        try
        {
            string before;
            await using (var first = new IntegrationHost(storage, suffix))
                before = Shown(await first.Scripts.RunAsync("restart", "standin-count", ("using", first.A)));
            await using var second = new IntegrationHost(storage, suffix);
            var after = Shown(await second.Scripts.RunAsync("restart", "standin-count", ("using", second.A)));

            Assert.Equal("runs: 1", before);
            Assert.Equal("runs: 2", after);
        }
        finally
        {
            Directory.Delete(storage, recursive: true);
        }
    }

    private static string Shown(List<Reply> replies) => Texts.Of(replies.Last(r => r is not ProgressReply));
}
