using ChatOps.Engine;
using ChatOps.Options;

namespace ChatOps.Tests.Engine.Support;

/// <summary>Two real dockerd of the test class's own, each holding the default base image, to place containers on.</summary>
public sealed class TwoEnginesWithBaseImage : IAsyncLifetime
{
    public PrivateEngine First { get; } = new();

    public PrivateEngine Second { get; } = new();

    /// <summary>Docker:Engines naming them "first" and "second", capacity one each, as a host's settings.</summary>
    public Dictionary<string, string?> AsEnginesOfCapacityOne() => new()
    {
        ["Docker:Engines:0:Name"] = "first",
        ["Docker:Engines:0:Endpoint"] = First.Endpoint,
        ["Docker:Engines:0:Capacity"] = "1",
        ["Docker:Engines:1:Name"] = "second",
        ["Docker:Engines:1:Endpoint"] = Second.Endpoint,
        ["Docker:Engines:1:Capacity"] = "1",
    };

    /// <summary>Both engines as the bot connects to them, "first" the default, for a test to look at them through the engine room.</summary>
    public EngineSet NewSet() => new(Microsoft.Extensions.Options.Options.Create(new DockerOptions
    {
        Engines =
        [
            new EngineEndpointOptions { Name = "first", Endpoint = First.Endpoint },
            new EngineEndpointOptions { Name = "second", Endpoint = Second.Endpoint },
        ],
    }));

    public Task InitializeAsync() => Task.WhenAll(First.InitializeAsync(), Second.InitializeAsync());

    public Task DisposeAsync() => Task.WhenAll(First.DisposeAsync(), Second.DisposeAsync());
}
