using ChatOps.Bots.Slack.Commands;

namespace ChatOps.Bots.Tests.Slack;

public sealed class SlashCommandTests
{
    private static SlashCommand Command(string command, string text) =>
        new("T1", "C1", "U1", command, text, new Uri("https://hooks.slack.com/commands/T1/1/x"));

    [Theory]
    [InlineData("/docker_images", "", "/docker_images")]
    [InlineData("/docker_images", "name=python", "/docker_images name=python")]
    [InlineData("/run", "!Print value=\"hello world\"", "!Print value=\"hello world\"")]
    [InlineData("/run", "", "")]
    public void The_war_room_line_is_the_command_and_its_text_except_run_whose_text_is_the_line(string command, string text, string line)
    {
        Assert.Equal(line, Command(command, text).Line);
        Assert.Equal(new ChatMessage("slack", "U1", "C1", line), Command(command, text).ToChatMessage());
    }
}
