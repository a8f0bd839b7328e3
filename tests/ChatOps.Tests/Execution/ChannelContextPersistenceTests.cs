using System.Text.Json;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>A channel's context is in the SQLite file, not only in the bot's memory: a restart loses none of it.</summary>
public sealed class ChannelContextPersistenceTests
{
    [Fact]
    public async Task Context_set_before_a_restart_is_read_back_after_it_and_a_refused_set_leaves_it_as_it_was()
    {
        using var content = new TestContent(withRepositoryContent: true);
        var folder = Directory.CreateTempSubdirectory("chatops-context-").FullName;
        var shared = new Dictionary<string, string?> { ["Storage:Folder"] = folder, ["Executor:ContextLimitBytes"] = "4096" };
        try
        {
            await using (var before = new ScriptHost(content.Folder, shared))
            {
                await before.RunAsync("ctx-restart", "SetAndGetContext", ("key", "incident"), ("value", "INC-7"));
                var tooBig = await before.RunAsync("ctx-restart", "SetAndGetContext", ("key", "incident"), ("value", new string('x', 5000)));
                Assert.Contains(tooBig, r => r is ErrorReply e && e.Message.Contains("would exceed 4096 bytes", StringComparison.Ordinal));
            }

            await using var after = new ScriptHost(content.Folder, shared);
            var read = await after.RunAsync("ctx-restart", "SetAndGetContext", ("key", "incident"));
            var elsewhere = await after.RunAsync("ctx-other", "SetAndGetContext", ("key", "incident"));

            Assert.Equal("INC-7", ContextOf(read).GetProperty("incident").GetString());
            Assert.False(ContextOf(elsewhere).TryGetProperty("incident", out _));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement ContextOf(List<Reply> replies) =>
        JsonDocument.Parse(Assert.IsType<CodeBlockReply>(replies.Last()).Code).RootElement;
}
