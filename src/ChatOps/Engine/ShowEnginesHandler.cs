using System.Runtime.CompilerServices;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// /engines: each engine of Docker:Engines, pinged now (so the answer is not a stale one), with its endpoint, labels,
/// the script containers placed on it for its capacity, the script jobs running in them, and the builds running on
/// it for its build capacity; the default engine is the one image commands outside a build use.
/// </summary>
internal sealed class ShowEnginesHandler(EngineSet engines, EngineHealthBoard health, ScheduledContainerEngine containers, EngineJobs jobs, BuildPlacement builds,
    IOptions<DockerOptions> options)
    : CommandHandler<ShowEnginesCommand>
{
    private static readonly string[] Columns = ["engine", "health", "endpoint", "labels", "script containers", "script jobs", "builds"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ShowEnginesCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(engines.All.Select(engine => health.CheckAsync(engine, options.Value.HealthCheckInterval, cancellationToken)));
        var rows = engines.All.Select((engine, index) => (IReadOnlyList<string>)
        [
            engine == engines.Default ? $"{engine.Name} (default)" : engine.Name,
            checks[index].Answering ? "answers" : $"silent: {checks[index].Problem}",
            engine.Endpoint.Endpoint,
            engine.Endpoint.Labels.Count == 0 ? "-" : string.Join(", ", engine.Endpoint.Labels.Order(StringComparer.Ordinal)),
            $"{containers.LoadOf(engine.Name)} of {engine.Endpoint.Capacity}",
            jobs.RunningOn(engine.Name).ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{builds.RunningOn(engine.Name)} of {builds.CapacityOf(engine.Name)}",
        ]).ToList();
        var answering = checks.Count(c => c.Answering);
        yield return new TableReply($"{answering} of {Counted.Of(engines.All.Count, "engine")} {(answering == 1 ? "answers" : "answer")}", Columns, rows);
    }
}
