using ChatOps.Access;
using ChatOps.Bots.Discord;
using ChatOps.Bots.Slack;
using ChatOps.Content;
using ChatOps.Engine;
using ChatOps.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.App.Service;

/// <summary>
/// What `chatops serve` says once it listens: the addresses, each platform and how it is reached (or why it
/// cannot be), the engine, the content loaded, the governance mode and where health and metrics are. A missing
/// secret is a warning here rather than a surprise at the first request.
/// </summary>
internal static class StartupReport
{
    /// <summary>The log category; serve shows it at Information whatever the default level.</summary>
    public const string Category = "ChatOps.Startup";

    public static async Task WriteAsync(IServiceProvider services, IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var service = services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        List<StartupNote> notes =
        [
            StartupNote.Info($"listening on {string.Join(", ", addresses)}; health at /healthz, readiness at /readyz, metrics at {service.MetricsPath}"),
            .. SlackSetup.Describe(services),
            .. DiscordSetup.Describe(services),
            .. await EnginesAsync(services.GetRequiredService<EngineSet>(), cancellationToken),
            Content(services.GetRequiredService<ContentLibrary>()),
            Governance(services.GetRequiredService<IOptions<AccessOptions>>().Value),
            StartupNote.Info($"logs: {(service.JsonLogs ? "JSON lines" : "text")} on stderr, one line per command with its audit id; on SIGTERM running commands get {service.ShutdownGracePeriod} to finish"),
        ];
        foreach (var note in notes)
        {
            if (note.IsWarning) logger.LogWarning("{Note}", note.Text);
            else logger.LogInformation("{Note}", note.Text);
        }
    }

    /// <summary>One note per engine of Docker:Engines; a single engine is just "engine", as it always was.</summary>
    private static async Task<IReadOnlyList<StartupNote>> EnginesAsync(EngineSet engines, CancellationToken cancellationToken)
    {
        var notes = new List<StartupNote>();
        foreach (var engine in engines.All)
        {
            var prefix = engines.All.Count == 1 ? "engine" : $"engine {engine.Name}";
            // The default engine is the one the war room's single-engine parts and /readyz use.
            var consequence = engine == engines.Default ? ": scripts and builds fail, and /readyz says so, until it does" : "";
            notes.Add(await EngineAsync(prefix, engine.Probe, consequence, cancellationToken));
        }
        return notes;
    }

    private static async Task<StartupNote> EngineAsync(string prefix, IEngineProbe engine, string consequence, CancellationToken cancellationToken)
    {
        try
        {
            var version = await engine.GetVersionAsync(cancellationToken);
            return StartupNote.Info($"{prefix}: {engine.Endpoint} (Docker {version.Version}, API {version.ApiVersion})");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return StartupNote.Warning($"{prefix}: no Docker engine answers at {engine.Endpoint} ({exception.GetBaseException().Message}){consequence}");
        }
    }

    private static StartupNote Content(ContentLibrary library)
    {
        var text = $"content: {library.Scripts.Count} scripts and {library.Integrations.Count} integrations from {library.Folder}" +
                   (library.Errors.Count > 0 ? $"; {library.Errors.Count} files could not be read" : "");
        return library.Scripts.Count + library.Integrations.Count == 0 || library.Errors.Count > 0 ? StartupNote.Warning(text) : StartupNote.Info(text);
    }

    private static StartupNote Governance(AccessOptions access) => access.IsConfigured
        ? StartupNote.Info($"governance: enforced ({access.Admins.Count} admins, {access.Roles.Count} roles, {access.Grants.Count} grants; what is not granted is refused)")
        : StartupNote.Warning("governance: open (no Access section): everyone may run every command");
}
