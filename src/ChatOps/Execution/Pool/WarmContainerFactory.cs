using ChatOps.Engine;
using ChatOps.Execution.Loop;
using ChatOps.Options;

namespace ChatOps.Execution.Pool;

/// <summary>Create, copy the loop in, attach, start, ping: a container ready for jobs, or nothing left behind.</summary>
internal sealed class WarmContainerFactory(
    IContainerEngine engine,
    ContainerSpecFactory specs,
    LoopScriptArchive loop,
    ExecutorOptions options,
    TimeProvider time)
{
    public async Task<WarmContainer> StartAsync(PoolKey key, CancellationToken cancellationToken)
    {
        var id = await engine.CreateAsync(specs.Create(key), cancellationToken);
        IAttachedStream? stream = null;
        try
        {
            await using (var tar = loop.Open())
                await engine.PutArchiveAsync(id, ContainerSpecFactory.RunnerFolder, tar, cancellationToken);
            // Attach before start so not a byte of the loop's output is missed.
            stream = await engine.AttachAsync(id, cancellationToken);
            await engine.StartAsync(id, cancellationToken);
            var session = new LoopSession(stream, options.OutputLimitBytes + 4096);
            var stderr = new List<string>();
            using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ready.CancelAfter(options.StartTimeout);
            bool answered;
            try
            {
                answered = await session.PingAsync(stderr, ready.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                answered = false;
            }
            if (!answered)
                throw new ContainerStartException(
                    $"The python loop in {key} did not answer ping within {options.StartTimeout.TotalSeconds:0} s" +
                    (stderr.Count > 0 ? ": " + string.Join(" | ", stderr.TakeLast(3)) : "."));
            return new WarmContainer(id, key, session, time.GetTimestamp());
        }
        catch
        {
            stream?.Dispose();
            await engine.RemoveAsync(id, CancellationToken.None);
            throw;
        }
    }
}
