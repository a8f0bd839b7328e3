using ChatOps.Engine;
using ChatOps.Images;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Policy;

/// <summary>IImageCommandRunner over Docker.DotNet: create, start, wait, read logs, remove. Translation only.</summary>
internal sealed class DockerImageCommandRunner(DockerClientProvider docker, ImageLabelSet labels) : IImageCommandRunner
{
    /// <summary>Label on every container this runner creates (with the rest of the shared scheme), so the bot can find and clean its own.</summary>
    public const string Label = ManagedLabels.Role;

    public const string LabelValue = ManagedLabels.PackageVetting;

    /// <summary>Start of every container name; the rest is a fresh GUID. Tests set their own to find exactly theirs.</summary>
    internal string NamePrefix { get; init; } = "chatops-vetting-";

    public async Task<string?> FindImageIdAsync(string image, CancellationToken cancellationToken)
    {
        try
        {
            return (await docker.Client.Images.InspectImageAsync(image, cancellationToken)).ID;
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new EngineUnavailableException(docker.Endpoint, exception);
        }
    }

    public async Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (argv.Count == 0) throw new ArgumentException("A command needs at least its program.", nameof(argv));
        var client = docker.Client;
        string id;
        try
        {
            var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
            {
                Name = $"{NamePrefix}{Guid.NewGuid():N}",
                Image = image,
                // Entrypoint and Cmd both set so the image's own entrypoint cannot wrap or reinterpret argv.
                Entrypoint = [argv[0]],
                Cmd = argv.Skip(1).ToList(),
                User = "0",
                Labels = labels.ForVettingContainer().ToDictionary(),
                HostConfig = new HostConfig { NetworkMode = "host", AutoRemove = false },
            }, cancellationToken);
            id = created.ID;
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new ImageCommandException($"The image {image} is not on the engine; pull or build it first.", exception);
        }
        catch (DockerApiException exception)
        {
            throw new ImageCommandException($"The engine refused to run a container of {image}: {exception.ResponseBody}", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new EngineUnavailableException(docker.Endpoint, exception);
        }

        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await client.Containers.StartContainerAsync(id, new ContainerStartParameters(), deadline.Token);
                var waited = await client.Containers.WaitContainerAsync(id, deadline.Token);
                using var logs = await client.Containers.GetContainerLogsAsync(id, false,
                    new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, deadline.Token);
                var (output, error) = await logs.ReadOutputToEndAsync(deadline.Token);
                return new ImageCommandResult(waited.StatusCode, output, error);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ImageCommandException($"The command in {image} did not finish within {timeout.TotalSeconds:0} s and was stopped.");
            }
        }
        finally
        {
            // Removed even when the caller gave up: nothing half-done is left behind.
            await client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }
}
