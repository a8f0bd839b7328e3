namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>A test class with a fresh FakeDiscord and the RFC 8032 signing key per test, both disposed after it.</summary>
public abstract class FakeDiscordTest : IAsyncLifetime
{
    internal TestSigningKey Key { get; } = TestSigningKey.Rfc8032();

    internal FakeDiscord Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Key.Dispose();
    }
}
