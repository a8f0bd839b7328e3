namespace ChatOps.Tests.Engine.Support;

/// <summary>Two real dockerd of the test class's own, each holding the default base image, to place containers on.</summary>
public sealed class TwoEnginesWithBaseImage : IAsyncLifetime
{
    public PrivateEngine First { get; } = new();

    public PrivateEngine Second { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(First.InitializeAsync(), Second.InitializeAsync());

    public Task DisposeAsync() => Task.WhenAll(First.DisposeAsync(), Second.DisposeAsync());
}
