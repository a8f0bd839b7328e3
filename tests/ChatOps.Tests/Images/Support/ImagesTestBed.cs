using System.Globalization;
using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Tests.Images.Support;

/// <summary>
/// The image feature wired as the app wires it (AddWarRoom + AddImageBuilding) against the real engine, with a
/// fresh SQLite folder, a fake vetting, and a per-test label on everything it builds. Disposing removes every
/// image and container carrying that label, and the folder. Test assertions look at the engine through their
/// own Docker client, not through the code under test.
/// </summary>
public sealed class ImagesTestBed : IAsyncDisposable
{
    public const string TestIdLabel = "chatops.test-id";
    private readonly Func<ServiceProvider> _wire;
    private ServiceProvider _services;

    private ImagesTestBed(Func<ServiceProvider> wire, string testId, string folder, FakePackageVetting vetting, string endpoint)
    {
        _wire = wire;
        _services = wire();
        Docker = new DockerClientConfiguration(new Uri(endpoint)).CreateClient();
        TestId = testId;
        Folder = folder;
        Vetting = vetting;
    }

    public string TestId { get; }

    public string Folder { get; }

    public FakePackageVetting Vetting { get; }

    public DockerClient Docker { get; }

    public static ChatMessage Message { get; } = new("console", "tester", "war-room", "(constructed in a test)");

    /// <param name="realVetting">Wire the real package vetting (issue 7) instead of the recording fake.</param>
    /// <param name="dockerEndpoint">The engine to build on (the shared one unless a test brings its own).</param>
    /// <param name="settings">More configuration, e.g. Images:LeftoverAge.</param>
    /// <param name="configure">Last changes to the services, e.g. a decorator around a real part to count its calls.</param>
    public static ImagesTestBed Create(string? indexUrl = null, string? registry = null, int maxConcurrentBuilds = 2, string? storageFolder = null, bool realVetting = false,
        string dockerEndpoint = "unix:///var/run/docker.sock", IReadOnlyDictionary<string, string?>? settings = null, FakePackageVetting? vetting = null,
        Action<IServiceCollection>? configure = null)
    {
        var testId = Guid.NewGuid().ToString("N");
        var folder = storageFolder ?? Directory.CreateTempSubdirectory("chatops-images-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Folder"] = folder,
            ["Images:IndexUrl"] = indexUrl ?? "http://127.0.0.1:9/simple",
            ["Images:Registry"] = registry ?? "",
            ["Images:MaxConcurrentBuilds"] = maxConcurrentBuilds.ToString(),
            [$"Images:Labels:{TestIdLabel}"] = testId,
            ["Docker:Endpoint"] = dockerEndpoint,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        vetting ??= new FakePackageVetting();
        ServiceProvider Wire()
        {
            var services = new ServiceCollection()
                .AddLogging()
                .AddWarRoom(configuration)
                .AddImageBuilding(configuration);
            if (realVetting) services.AddPackageVetting(configuration);
            else services.AddSingleton<IPackageVetting>(vetting);
            configure?.Invoke(services);
            return services.BuildServiceProvider();
        }
        return new ImagesTestBed(Wire, testId, folder, vetting, dockerEndpoint);
    }

    /// <summary>
    /// What a restart of the bot does to its state: every service (and its owner locks) let go, and new ones made
    /// from the same configuration on the same database and engine; the engine's images and the folder stay.
    /// </summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = _wire();
        await StartAsync();
    }

    /// <summary>A repository short name no other test uses.</summary>
    public string NewName(string hint) => $"t{TestId[..10]}-{hint}";

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>What a host does when it starts: every hosted service the image side registered (leftover sweep, recovery).</summary>
    public async Task StartAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>()) await service.StartAsync(CancellationToken.None);
    }

    public IAsyncEnumerable<Reply> Stream(ChatCommand command, CancellationToken cancellationToken = default) =>
        _services.GetServices<ICommandHandler>().First(h => h.CanHandle(command)).HandleAsync(command, Message, cancellationToken);

    /// <summary>A line through the whole war room (parser, access, audit), as an adapter hands it over.</summary>
    public Task<List<Reply>> TypeAsync(string line) => TypeAsync(Message, line);

    /// <summary>A line through the whole war room from another console user (an approver, a bystander).</summary>
    public Task<List<Reply>> TypeAsAsync(string user, string line) => TypeAsync(Message with { User = user }, line);

    /// <summary>The same, from a given sender (a chat user, the console's local user).</summary>
    public async Task<List<Reply>> TypeAsync(ChatMessage sender, string line)
    {
        var replies = new List<Reply>();
        await foreach (var reply in _services.GetRequiredService<IWarRoom>().HandleAsync(sender with { Text = line }, CancellationToken.None)) replies.Add(reply);
        return replies;
    }
    /// <summary>What a create answered, without the progress that said what it was checking and building.</summary>
    public static List<Reply> Outcome(IEnumerable<Reply> replies) => replies.Where(r => r is not ProgressReply).ToList();

    public async Task<List<Reply>> RunAsync(ChatCommand command)
    {
        var replies = new List<Reply>();
        await foreach (var reply in Stream(command)) replies.Add(reply);
        return replies;
    }

    /// <summary>The tags the engine holds for a repository, sorted.</summary>
    public async Task<IReadOnlyList<string>> EngineTagsAsync(string repository)
    {
        var images = await Docker.Images.ListImagesAsync(new ImagesListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [repository] = true } },
        });
        return images.SelectMany(i => i.RepoTags ?? []).Where(t => t.StartsWith(repository + ":", StringComparison.Ordinal))
            .Select(t => t[(repository.Length + 1)..]).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every tagged image this test's builds left in the engine, as repo:tag.</summary>
    public async Task<IReadOnlyList<string>> LabelledRepoTagsAsync()
    {
        var images = await Docker.Images.ListImagesAsync(new ImagesListParameters { Filters = LabelFilter() });
        return images.SelectMany(i => i.RepoTags ?? []).Where(t => t != "<none>:<none>").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How many check containers (the short ones that look inside an image) this test's code created since a
    /// moment, counted from the engine's own event log.
    /// </summary>
    public async Task<int> CheckContainersCreatedSinceAsync(DateTimeOffset since)
    {
        var created = new List<Message>();
        await Docker.System.MonitorEventsAsync(new ContainerEventsParameters
        {
            Since = since.AddSeconds(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            // The engine's log of past events, up to a moment just past now (the call returns when it is reached).
            Until = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            Filters = CheckContainerCreations(),
        }, new InlineProgress<Message>(created.Add));
        return created.Count;
    }

    public async ValueTask DisposeAsync()
    {
        var containers = await Docker.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabelFilter() });
        foreach (var container in containers)
        {
            try
            {
                await Docker.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
            }
            catch (DockerApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Conflict)
            {
                // "removal ... is already in progress": a check container the engine removes by itself as it exits.
            }
            catch (DockerContainerNotFoundException)
            {
                // gone already, the same way
            }
        }
        var images = await Docker.Images.ListImagesAsync(new ImagesListParameters { All = true, Filters = LabelFilter() });
        foreach (var image in images.OrderByDescending(i => i.Created))
        {
            try
            {
                await Docker.Images.DeleteImageAsync(image.ID, new ImageDeleteParameters { Force = true });
            }
            catch (DockerImageNotFoundException)
            {
                // removed already as the parent of another of ours
            }
        }
        await _services.DisposeAsync();
        Docker.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    private Dictionary<string, IDictionary<string, bool>> CheckContainerCreations()
    {
        var filters = LabelFilter();
        filters["label"][$"{ManagedLabels.CheckContainer}=true"] = true; // label filters must all match
        filters["type"] = new Dictionary<string, bool> { ["container"] = true };
        filters["event"] = new Dictionary<string, bool> { ["create"] = true };
        return filters;
    }

    private Dictionary<string, IDictionary<string, bool>> LabelFilter() =>
        new() { ["label"] = new Dictionary<string, bool> { [$"{TestIdLabel}={TestId}"] = true } };
}
