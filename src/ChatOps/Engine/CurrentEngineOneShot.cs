namespace ChatOps.Engine;

/// <summary>IOneShotRunner of the flow's current engine (<see cref="CurrentEngine"/>): a build's check and vetting runs go where its image is.</summary>
internal sealed class CurrentEngineOneShot(CurrentEngine current) : IOneShotRunner
{
    public Task<EngineRunResult> RunAsync(EngineRunRequest request, CancellationToken cancellationToken) => current.Engine.OneShot.RunAsync(request, cancellationToken);
}
