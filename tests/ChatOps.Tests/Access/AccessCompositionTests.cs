using ChatOps.Replies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Access;

public sealed class AccessCompositionTests : IDisposable
{
    private readonly string _storage = Directory.CreateTempSubdirectory("chatops-access-").FullName;

    [Fact]
    public async Task The_war_room_from_AddWarRoom_enforces_the_Access_section_of_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Folder"] = _storage,
            ["Access:Admins:0"] = "slack:UADMIN",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddWarRoom(configuration).BuildServiceProvider();

        var replies = new List<Reply>();
        await foreach (var reply in services.GetRequiredService<IWarRoom>().HandleAsync(new ChatMessage("slack", "U0123", "C0123", "/docker_images"), default))
            replies.Add(reply);

        Assert.Equal(
            "slack:U0123 may not run /docker_images in slack:C0123: it needs the permission images.list. Ask an admin to grant it: slack:UADMIN.",
            Assert.IsType<ErrorReply>(Assert.Single(replies)).Message);
    }

    public void Dispose() => Directory.Delete(_storage, recursive: true);
}
