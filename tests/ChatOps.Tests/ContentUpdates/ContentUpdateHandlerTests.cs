using ChatOps.ContentUpdates;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.ContentUpdates.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.ContentUpdates;

public sealed class ContentUpdateHandlerTests : IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_chat_command_tables_what_would_change_and_changes_nothing()
    {
        ContentFixtures.WriteAll(_content);
        await using var services = AppServices.Build(_content.Path, new FakeImageEngine(ContentFixtures.EngineTags));

        var replies = await HandleAsync(services);

        Assert.IsType<ProgressReply>(replies[0]);
        var table = Assert.IsType<TableReply>(replies[1]);
        Assert.Equal($"Dry run: dockerimage tags in {_content.Path}", table.Title);
        Assert.Equal(["file", "item", "key", "image", "tag", "newest", "status", "detail"], table.Columns);
        Assert.Equal(["Scripts/Alpha/Alpha.yml", "Alpha", "dockerimage", "demisto/alpha", "1.0.0.1", "1.0.0.10", "would change", "would change: in place"], table.Rows[3]);
        Assert.Equal(["Scripts/Delta.yml", "Delta", "script.dockerimage", "demisto/alpha", "1.0.0.1", "", "opted out", "autoUpdateDockerImage: false"], table.Rows[4]);
        Assert.Equal(["Scripts/Epsilon.yml", "Epsilon", "dockerimage", "someorg/alpha", "1.0.0.1", "", "outside allowed orgs", "not an image of an allowed organisation (demisto): not touched"], table.Rows[5]);
        Assert.Equal(10, table.Rows.Count);
        Assert.Equal(new TextReply("7 would change, 1 current, 1 opted out, 1 outside allowed orgs"), replies[2]);
        Assert.Equal(3, replies.Count);
        ExpectedContent.AssertFolder(_content, ContentFixtures.Alpha, ContentFixtures.Beta, ContentFixtures.Gamma);
    }

    [Fact]
    public async Task Values_that_could_not_be_checked_end_the_reply_with_an_error()
    {
        ContentFixtures.WriteAll(_content);
        await using var services = AppServices.Build(_content.Path, new FakeImageEngine { Unavailable = true });

        var replies = await HandleAsync(services);

        Assert.Equal(new ErrorReply("8 image values could not be checked; see the detail column."), replies[^1]);
    }

    [Fact]
    public async Task A_missing_content_folder_is_one_error_saying_where_it_looked()
    {
        var missing = Path.Combine(_content.Path, "missing");
        await using var services = AppServices.Build(missing, new FakeImageEngine());

        var replies = await HandleAsync(services);

        var error = Assert.IsType<ErrorReply>(replies[^1]);
        Assert.Equal($"/content_update_images could not run: the content folder {missing} does not exist.", error.Message);
        Assert.Equal(("Ask an admin to give the bot its content folder.", "Set Content:Folder (or pass --path DIR to chatops content)."),
            (error.Remedy?.ForUser, error.Remedy?.ForAdmin));
    }

    private static async Task<List<Reply>> HandleAsync(IServiceProvider services)
    {
        var handler = services.GetServices<ICommandHandler>().OfType<ContentUpdateHandler>().Single();
        var command = new ContentUpdateCommand();
        Assert.True(handler.CanHandle(command));
        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(command, new ChatMessage("test", "alice", "war-room", "/content_update_images"), CancellationToken.None))
            replies.Add(reply);
        return replies;
    }
}
