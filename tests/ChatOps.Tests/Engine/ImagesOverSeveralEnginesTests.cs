using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Storage;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Execution.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>/docker_images over two real engines: every engine's images, each with the engines that hold it.</summary>
public sealed class ImagesOverSeveralEnginesTests(TwoEnginesWithBaseImage engines) : IClassFixture<TwoEnginesWithBaseImage>, IDisposable
{
    private readonly OwnedStorageFolder _storage = new(Directory.CreateTempSubdirectory("chatops-images-engines-").FullName);

    [Fact]
    public async Task Each_image_is_listed_once_with_the_engines_that_hold_it()
    {
        using var set = engines.NewSet();
        var onlySecond = $"demisto/chatops-only-second:{Guid.NewGuid():N}";
        await using (var context = BuildContextArchive.Create(new BuildContextFiles($"FROM scratch\nLABEL {ManagedLabels.Managed}=\"true\"\n", "", "")))
            await set.Find("second")!.Images.BuildImageAsync(new EngineBuildRequest(context, onlySecond, NetworkMode: "none"), new Progress<EngineBuildProgress>(), CancellationToken.None);
        var board = new EngineHealthBoard(TimeProvider.System, NullLogger<EngineHealthBoard>.Instance);
        var handler = new ListImagesHandler(set.Default.Images, set, new ImagesOnEngines(set, board),
            new Database(MsOptions.Create(new StorageOptions { Folder = _storage.Path })), MsOptions.Create(new ImagesOptions { AllowedOrgs = ["demisto"] }));

        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(new ListImagesCommand(null, null), new ChatMessage("console", "tester", "c1", "/docker_images"), CancellationToken.None))
            replies.Add(reply);

        var table = Assert.IsType<TableReply>(Assert.Single(replies));
        Assert.Equal("engines", table.Columns[^1]);
        var byReference = table.Rows.ToDictionary(row => $"{row[0]}:{row[1]}", row => row[^1]);
        Assert.Equal("first, second", byReference[PrivateEngine.BaseImage]);
        Assert.Equal("second", byReference[onlySecond]);
        Assert.Equal(2, table.Rows.Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _storage.Dispose();
    }
}
