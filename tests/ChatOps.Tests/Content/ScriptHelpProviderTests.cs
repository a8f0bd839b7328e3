using ChatOps.Content;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Content;

public sealed class ScriptHelpProviderTests
{
    private readonly ScriptHelpProvider _help = new(new ContentLibrary(RepositoryRoot.Content));

    [Fact]
    public void Topics_list_every_script_with_its_bang()
    {
        Assert.Equal(["!Base64Decode", "!Base64Encode", "!Base64RoundTrip", "!ParseJsonToTable", "!Print", "!SetAndGetContext"], _help.Topics);
    }

    [Fact]
    public void Help_for_a_script_shows_usage_description_image_and_arguments()
    {
        var table = Assert.IsType<TableReply>(Assert.Single(_help.Describe("!ParseJsonToTable")!));

        Assert.Equal("!ParseJsonToTable json=<json> [fields=<fields>]\nParses a JSON list of objects and shows it as a table (a single object as JSON).\nimage: default python3", table.Title);
        Assert.Equal(["argument", "required", "default", "list", "description"], table.Columns);
        Assert.Equal(["fields", "no", "", "yes (comma separated)", "Comma separated fields to keep (all when empty)."], table.Rows[1]);
    }

    [Fact]
    public void Help_accepts_the_name_without_the_bang_and_knows_nothing_else()
    {
        Assert.NotNull(_help.Describe("Print"));
        Assert.Null(_help.Describe("!NoSuchScript"));
        Assert.Null(_help.Describe("/docker_images"));
    }
}
