using ChatOps.Parsers.Buttons;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class ApprovalCommandTests
{
    [Fact]
    public void Approve_and_deny_name_one_request_by_its_number()
    {
        Assert.Equal(new ApproveImageCommand(12), Parsing.Command<ApproveImageCommand>("/docker_image_approve id=12"));
        Assert.Equal(new DenyImageCommand(7), Parsing.Command<DenyImageCommand>("/docker_image_deny id=\"7\""));
    }

    [Theory]
    [InlineData("/docker_image_approve id=12a", "approval id \"12a\" is not valid: \"a\" is not allowed; an approval id is the number the approval request shows, e.g. 12", 28)]
    [InlineData("/docker_image_approve id=0", "approval id \"0\" is not valid: 0 is no request's id; an approval id is the number the approval request shows, e.g. 12", 26)]
    [InlineData("/docker_image_deny id=-1", "approval id \"-1\" is not valid: \"-\" is not allowed; an approval id is the number the approval request shows, e.g. 12", 23)]
    [InlineData("/docker_image_deny id=1234567890123456789", "approval id \"1234567890123456789\" is not valid: it has more than 18 digits; an approval id is the number the approval request shows, e.g. 12", 41)]
    [InlineData("/docker_image_approve", "missing required argument id=, e.g. /docker_image_approve id=12", 22)]
    public void An_id_that_is_not_a_request_number_is_refused_at_its_first_wrong_character(string line, string message, int column)
    {
        Parsing.AssertError(line, message, column);
    }

    [Fact]
    public void A_button_of_a_command_that_declares_one_becomes_its_line()
    {
        Assert.True(ButtonCommand.TryLine("docker_image_approve", "12", out var line, out _));
        Assert.Equal("/docker_image_approve id=12", line);
        Assert.True(ButtonCommand.TryLine("docker_image_deny:3", out line, out _));
        Assert.Equal("/docker_image_deny id=3", line);
        Assert.Equal("docker_image_deny:3", ButtonCommand.CombinedId("/docker_image_deny", "3"));
    }

    [Theory]
    [InlineData("docker_image_delete", "1")]                 // a real command, but no button may run it
    [InlineData("/docker_image_approve", "1")]
    [InlineData("docker_image_approve", "1 force=true")]     // nothing but the id reaches the line
    [InlineData("docker_image_approve", "1\n/docker_image_prune")]
    [InlineData("docker_image_approve", "")]
    [InlineData("docker_image_approve", null)]
    [InlineData(null, "1")]
    public void A_button_whose_action_or_value_is_not_ours_is_refused(string? action, string? value)
    {
        Assert.False(ButtonCommand.TryLine(action, value, out var line, out var problem));
        Assert.Null(line);
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("docker_image_approve")]
    [InlineData(":12")]
    [InlineData("docker_image_approve:12:13")]
    public void A_combined_button_id_needs_exactly_an_action_and_an_id(string id)
    {
        Assert.False(ButtonCommand.TryLine(id, out _, out _));
    }
}
