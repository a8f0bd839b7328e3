using ChatOps.Access;
using ChatOps.Parsers.Commands;

namespace ChatOps.Tests.Access;

public sealed class CommandPermissionsTests
{
    public static TheoryData<ChatCommand, string> Commands() => new()
    {
        { new ListImagesCommand(null, null), "images.list" },
        { new CreateImageCommand("x", [], [], null, false), "images.create" },
        { new UpdateImageCommand(null, true), "images.update" },
        { new ContentUpdateCommand(), "content.update" },
        { new IntegrationTestCommand("helloworld"), "integrations.run:helloworld" },
        { new RunScriptCommand("Print", []), "scripts.run:Print" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_needs_its_one_permission(ChatCommand command, string permission)
    {
        Assert.Equal(permission, Assert.Single(new CommandPermissions().For(command)).Name);
    }

    [Fact]
    public void Help_needs_no_permission()
    {
        Assert.Empty(new CommandPermissions().For(new HelpCommand("/docker_images")));
    }
}
