using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Images.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Images;

public sealed class ImageServicesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-images-").FullName;

    private IConfiguration Configuration => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Folder"] = _folder }).Build();

    [Fact]
    public void The_war_room_alone_still_resolves_its_list_handler()
    {
        using var services = new ServiceCollection().AddLogging().AddWarRoom(Configuration).BuildServiceProvider();

        Assert.Contains(services.GetServices<ICommandHandler>(), h => h is ListImagesHandler);
    }

    [Fact]
    public async Task Without_a_real_package_vetting_a_create_fails_closed()
    {
        await using var services = new ServiceCollection().AddLogging().AddWarRoom(Configuration).AddImageBuilding(Configuration).BuildServiceProvider();
        var create = services.GetServices<ICommandHandler>().OfType<CreateImageHandler>().Single();
        Assert.Single(services.GetServices<ICommandHandler>().OfType<UpdateImageHandler>());

        var replies = new List<Reply>();
        await foreach (var reply in create.HandleAsync(new CreateImageCommand("unvetted", [Requirement.Parse("requests")], [], null, false), ImagesTestBed.Message, CancellationToken.None))
            replies.Add(reply);

        var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(replies)));
        Assert.Contains("package vetting is not installed on this server", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
