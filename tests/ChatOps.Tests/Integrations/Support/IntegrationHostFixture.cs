namespace ChatOps.Tests.Integrations.Support;

/// <summary>One integration host per test class: its containers are the slow part.</summary>
public sealed class IntegrationHostFixture : IAsyncLifetime
{
    internal IntegrationHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new IntegrationHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
