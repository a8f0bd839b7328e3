namespace ChatOps.Tests.Images.Support;

/// <summary>
/// A shared local index with a few tiny wheels: chatops-probe (MIT, requires chatops-probe-dep), chatops-probe-dep
/// (BSD, by classifier only: a dependency of a dependency) and chatops-copyleft (GPL). Serving is read-only, so one
/// index per test class is honest.
/// </summary>
public sealed class ProbeWheels : IAsyncLifetime
{
    public LocalPythonIndex Index { get; } = new();

    public Task InitializeAsync()
    {
        Index.Add(new WheelBuilder("chatops-probe", "1.0")
            .License("MIT")
            .Classifier("License :: OSI Approved :: MIT License")
            .RequiresDist("chatops-probe-dep>=2.0"));
        Index.Add(new WheelBuilder("chatops-probe-dep", "2.1").Classifier("License :: OSI Approved :: BSD License"));
        Index.Add(new WheelBuilder("chatops-copyleft", "0.3").License("GPL-3.0-only"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Index.DisposeAsync().AsTask();
}
