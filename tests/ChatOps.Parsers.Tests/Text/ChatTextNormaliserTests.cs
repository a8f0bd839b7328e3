using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Tests.Text;

public class ChatTextNormaliserTests
{
    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("x&lt;3", "x<3")]
    [InlineData("x&gt;=2", "x>=2")]
    [InlineData("&amp;lt;", "&lt;")]
    [InlineData("&quot; &nbsp;", "&quot; &nbsp;")]
    public void Slack_escapes_are_undone_once(string delivered, string typed)
    {
        Assert.Equal(typed, ChatTextNormaliser.Normalise(delivered));
    }

    [Theory]
    [InlineData("hi <@U123|bob>", "hi @bob")]
    [InlineData("hi <@U123>", "hi @U123")]
    [InlineData("hi <@W0ABC>", "hi @W0ABC")]
    [InlineData("in <#C123|general>", "in #general")]
    [InlineData("in <#C123>", "in #C123")]
    [InlineData("<!here> look", "@here look")]
    [InlineData("<!subteam^S1|@oncall> look", "@oncall look")]
    public void Slack_mentions_become_what_the_user_saw(string delivered, string typed)
    {
        Assert.Equal(typed, ChatTextNormaliser.Normalise(delivered));
    }

    [Theory]
    [InlineData("url=<http://example.com|example.com>", "url=example.com")]
    [InlineData("url=<https://x.io/a?b=c&amp;d=e>", "url=https://x.io/a?b=c&d=e")]
    [InlineData("to=<mailto:a@b.org|a@b.org>", "to=a@b.org")]
    [InlineData("v=<http://x|a &amp; b>", "v=a & b")]
    public void Slack_links_become_their_label_or_their_address(string delivered, string typed)
    {
        Assert.Equal(typed, ChatTextNormaliser.Normalise(delivered));
    }

    [Theory]
    [InlineData("value=\u201Chello world\u201D", "value=\"hello world\"")]
    [InlineData("value=\u2018it\u2019", "value='it'")]
    [InlineData("a\tb\u00A0c", "a b c")]
    public void Smart_quotes_tabs_and_no_break_spaces_become_plain(string delivered, string typed)
    {
        Assert.Equal(typed, ChatTextNormaliser.Normalise(delivered));
    }

    [Theory]
    [InlineData("dependencies=requests<3,urllib3>1")]
    [InlineData("a <b> c")]
    [InlineData("<@lowercase>")]
    public void Angle_brackets_that_are_not_slack_markup_are_left_alone(string typed)
    {
        Assert.Equal(typed, ChatTextNormaliser.Normalise(typed));
    }

    [Fact]
    public void A_slack_line_parses_as_the_user_typed_it()
    {
        var create = Parsing.Command<CreateImageCommand>(
            "/docker_image_create name=x dependencies=\u201Crequests&gt;=2.31,&lt;3\u201D base=<http://demisto/python3|demisto/python3>");

        Assert.Equal([new PythonRequirement("requests", [], ">=2.31,<3")], create.Dependencies);
        Assert.Equal(new ImageReference("demisto/python3", null), create.Base);
    }

    [Fact]
    public void Error_columns_refer_to_the_normalised_line()
    {
        var error = Parsing.Error("!Print who=<@U123|bob> a=&lt;&lt; a=2");

        Assert.Equal("!Print who=@bob a=<< a=2", error.Input);
        Assert.Equal(22, error.Column);
    }
}
