using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images.Maintenance;

/// <summary>/docker_image_info, delete, prune and diff through their handlers on real images in the real engine.</summary>
public sealed class ImageMaintenanceTests(BuiltImagesFixture images) : IClassFixture<BuiltImagesFixture>
{
    private ImagesTestBed Bed => images.Bed;

    private static ImageReference Ref(string reference) =>
        new(reference[..reference.LastIndexOf(':')], reference[(reference.LastIndexOf(':') + 1)..]);

    [Fact]
    public async Task Info_shows_how_an_image_was_built_what_is_inside_and_who_uses_it()
    {
        var script = images.NameInContent(images.WithProbe);

        var replies = await Bed.RunAsync(new ImageInfoCommand(Ref(images.WithProbe)));

        var card = Assert.IsType<CardReply>(replies[0]);
        var fields = card.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal(images.WithProbe, fields["image"]);
        Assert.Equal("console/tester in war-room", fields["built by"]);
        Assert.Equal(ImagesTestBed.Message.Text, fields["request"]);
        Assert.Equal($"script {script}", fields["used by"]);
        Assert.EndsWith(" UTC", fields["created"]);
        Assert.Contains("org.chatops.requested-by=console/tester", fields["labels"]);
        var python = replies.OfType<TableReply>().Single(t => t.Title!.EndsWith("Python packages", StringComparison.Ordinal));
        Assert.Contains(python.Rows, r => r.SequenceEqual(["chatops-probe", "1.0", "MIT"]));
        Assert.Contains(python.Rows, r => r[0] == "chatops-probe-dep" && r[1] == "2.1");
        Assert.Contains(replies.OfType<TableReply>(), t => t.Title!.Contains(" OS package", StringComparison.Ordinal));
        // The bed's vetting reports refusals only, and there were none: the info says so rather than show an empty table.
        Assert.Contains(new TextReply($"No due-diligence findings were recorded for {images.WithProbe}."), replies);
        var dockerfile = replies.OfType<CodeBlockReply>().Single(c => c.Language == "dockerfile");
        Assert.Contains("FROM demisto/python3-deb:3.11.2.1", dockerfile.Code);
        var log = replies.OfType<CodeBlockReply>().Single(c => c.Language == "");
        Assert.NotEmpty(log.Code);
    }

    [Fact]
    public async Task Info_on_an_image_the_bot_did_not_build_says_so_and_shows_what_the_engine_knows()
    {
        var replies = await Bed.RunAsync(new ImageInfoCommand(Ref("demisto/python3-deb:3.11.2.1")));

        Assert.Equal("demisto/python3-deb:3.11.2.1", Assert.IsType<CardReply>(replies[0]).Title);
        Assert.StartsWith("The bot has no build record of demisto/python3-deb:3.11.2.1", Assert.IsType<TextReply>(Assert.Single(replies.Skip(1))).Text);
    }

    [Fact]
    public async Task Diff_lists_the_packages_the_newer_image_added()
    {
        var table = Assert.IsType<TableReply>(Assert.Single(await Bed.RunAsync(new ImageDiffCommand(Ref(images.Plain), Ref(images.WithProbe)))));

        Assert.Equal($"2 packages differ from {images.Plain} to {images.WithProbe}", table.Title);
        Assert.Equal([["chatops-probe", "python", "-", "1.0", "added"], ["chatops-probe-dep", "python", "-", "2.1", "added"]], table.Rows);

        var back = Assert.IsType<TableReply>(Assert.Single(await Bed.RunAsync(new ImageDiffCommand(Ref(images.WithProbe), Ref(images.Plain)))));
        Assert.All(back.Rows, r => Assert.Equal("removed", r[4]));
    }

    [Fact]
    public async Task Delete_is_refused_while_content_names_the_tag_or_a_container_uses_it_unless_forced()
    {
        var named = await images.CopyAsync(images.Plain, "named", "1.0.0.1");
        var script = images.NameInContent($"{named}:1.0.0.1");
        var used = await images.CopyAsync(images.Plain, "used", "1.0.0.1");
        await images.CreateContainerAsync($"{used}:1.0.0.1");

        var byContent = Assert.IsType<ErrorReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref($"{named}:1.0.0.1"), false))));
        var byContainer = Assert.IsType<ErrorReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref($"{used}:1.0.0.1"), false))));

        Assert.Equal($"{named}:1.0.0.1 was not deleted: content uses it: script {script}. Add force=true to delete it all the same.", byContent.Message);
        Assert.Equal($"{used}:1.0.0.1 was not deleted: 1 container uses it. Add force=true to delete it all the same.", byContainer.Message);
        Assert.Equal(["1.0.0.1"], await Bed.EngineTagsAsync(named));
        Assert.Equal(["1.0.0.1"], await Bed.EngineTagsAsync(used));

        Assert.Equal($"Deleted {named}:1.0.0.1.", Assert.IsType<TextReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref($"{named}:1.0.0.1"), true)))).Text);
        Assert.Equal($"Deleted {used}:1.0.0.1.", Assert.IsType<TextReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref($"{used}:1.0.0.1"), true)))).Text);
        Assert.Empty(await Bed.EngineTagsAsync(named));
        Assert.Empty(await Bed.EngineTagsAsync(used));
    }

    [Fact]
    public async Task Delete_never_removes_an_image_the_bot_did_not_build_or_one_of_another_organisation()
    {
        var foreign = Assert.IsType<ErrorReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref("demisto/python3-deb:3.11.2.1"), true))));
        var otherOrg = Assert.IsType<ErrorReply>(Assert.Single(await Bed.RunAsync(new DeleteImageCommand(Ref("library/python3-deb:3.11.2.1"), true))));

        Assert.Equal("demisto/python3-deb:3.11.2.1 was not deleted: the bot did not build it, so it is not the bot's to delete.", foreign.Message);
        Assert.Contains("only images of demisto are accepted", otherOrg.Message);
        Assert.Contains("3.11.2.1", await Bed.EngineTagsAsync("demisto/python3-deb"));
    }

    [Fact]
    public async Task Prune_keeps_the_newest_tags_of_each_name_and_every_tag_content_names()
    {
        var repository = await images.CopyAsync(images.WithProbe, "prune", "1.0.0.1", "1.0.0.2", "1.0.0.3", "1.0.0.10");
        var script = images.NameInContent($"{repository}:1.0.0.1");

        var replies = await Bed.RunAsync(new PruneImagesCommand());

        var table = Assert.IsType<TableReply>(replies[^1]);
        Assert.Contains([$"{repository}:1.0.0.2", "deleted"], table.Rows);
        Assert.Contains([$"{repository}:1.0.0.1", $"kept: content uses it: script {script}"], table.Rows);
        // 1.0.0.10 and 1.0.0.3 are the newest two (compared as versions, not as text); the fixture's own two tags stay too.
        Assert.Equal(["1.0.0.1", "1.0.0.10", "1.0.0.3"], await Bed.EngineTagsAsync(repository));
        Assert.Equal(["1.0.0.1", "1.0.0.2"], await Bed.EngineTagsAsync(images.Repository));
    }
}
