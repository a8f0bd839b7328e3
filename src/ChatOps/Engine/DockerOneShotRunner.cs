using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Engine;

/// <summary>IOneShotRunner over Docker.DotNet: translation only, the labels and the argv come in with the request.</summary>
internal sealed class DockerOneShotRunner(DockerClientProvider docker) : IOneShotRunner
{
    public async Task<EngineRunResult> RunAsync(EngineRunRequest request, CancellationToken cancellationToken)
    {
        var id = await CreateAsync(request, cancellationToken);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (request.Timeout is { } timeout) deadline.CancelAfter(timeout);
            try
            {
                return await docker.CallAsync(async client =>
                {
                    await client.Containers.StartContainerAsync(id, new ContainerStartParameters(), deadline.Token);
                    var exit = await client.Containers.WaitContainerAsync(id, deadline.Token);
                    using var logs = await client.Containers.GetContainerLogsAsync(id, false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, deadline.Token);
                    var (stdout, stderr) = await logs.ReadOutputToEndAsync(deadline.Token);
                    return new EngineRunResult(exit.StatusCode, stdout, stderr);
                });
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && request.Timeout is { } limit)
            {
                throw new EngineOperationException($"The command in {request.Image} did not finish within {limit.TotalSeconds:0} s and was stopped.");
            }
        }
        finally
        {
            // Not the caller's token: a cancelled or timed-out command still leaves no container behind. One already
            // gone (a sweep of leftovers got there first) is no failure: it must not hide the command's result.
            try
            {
                await docker.CallAsync(client => client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true }, CancellationToken.None));
            }
            catch (DockerContainerNotFoundException)
            {
            }
        }
    }

    private async Task<string> CreateAsync(EngineRunRequest request, CancellationToken cancellationToken)
    {
        var parameters = new CreateContainerParameters
        {
            Name = request.NamePrefix is null ? null : $"{request.NamePrefix}{Guid.NewGuid():N}",
            Image = request.Image,
            Cmd = request.Command.ToList(),
            Entrypoint = request.Entrypoint is null ? null : [request.Entrypoint],
            User = request.User,
            Labels = request.Labels.ToDictionary(),
            NetworkDisabled = !request.Network,
            HostConfig = new HostConfig { NetworkMode = request.Network ? "host" : "none" },
        };
        try
        {
            return (await docker.CallAsync(client => client.Containers.CreateContainerAsync(parameters, cancellationToken))).ID;
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new EngineOperationException($"The image {request.Image} is not on the engine; pull or build it first.", exception);
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"The engine refused to run a container of {request.Image}: {exception.ResponseBody}", exception);
        }
    }
}
