using ChatOps.App.Service.Readiness;
using ChatOps.App.Service.Shutdown;
using ChatOps.Audit;
using ChatOps.Lifecycle;
using ChatOps.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ChatOps.App.Service;

/// <summary>What `chatops serve` adds to the bot to run as a service: health, readiness, metrics, draining on SIGTERM.</summary>
internal static class ServiceHostingExtensions
{
    private const string ReadyTag = "ready";

    // Room above the grace period for the web server and the chat connections to close after the commands ended.
    private static readonly TimeSpan CloseMargin = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddChatOpsService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceOptions>().Bind(configuration.GetSection(ServiceOptions.Section))
            .Validate(o => o.ShutdownGracePeriod >= TimeSpan.Zero, "Service:ShutdownGracePeriod must not be negative.")
            .Validate(o => o.MetricsPath.StartsWith('/'), "Service:MetricsPath must start with '/'.")
            .ValidateOnStart();
        var grace = configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>()?.ShutdownGracePeriod ?? new ServiceOptions().ShutdownGracePeriod;
        services.Configure<HostOptions>(host => host.ShutdownTimeout = grace + CloseMargin);

        services.AddHealthChecks()
            .AddCheck<EngineReadinessCheck>("engine", tags: [ReadyTag])
            .AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag])
            .AddCheck<ContentReadinessCheck>("content", tags: [ReadyTag])
            .AddCheck<PlatformConnectionsReadinessCheck>("platforms", tags: [ReadyTag])
            .AddCheck<AcceptingCommandsReadinessCheck>("commands", tags: [ReadyTag]);

        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(ChatOpsMetrics.MeterName).AddPrometheusExporter())
            .ConfigureResource(resource => resource.AddService("chatops"));

        services.AddHostedService<RunningCommandsGauge>();
        services.AddHostedService<GracefulShutdown>();
        DecorateWarRoom(services);
        return services;
    }

    public static WebApplication MapChatOpsService(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        // Alive: the process answers HTTP. Nothing else, so a restart is not triggered by an engine that is away.
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = ReadinessResponse.WriteAsync });
        app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        return app;
    }

    /// <summary>The adapters get the war room through DrainingWarRoom, so every command they start is counted and refused once stopping.</summary>
    private static void DecorateWarRoom(IServiceCollection services)
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(IWarRoom));
        services.Remove(original);
        services.AddSingleton<IWarRoom>(provider => new DrainingWarRoom(
            Resolve(provider, original),
            provider.GetRequiredService<CommandsInFlight>(),
            provider.GetRequiredService<IAuditLog>(),
            provider.GetRequiredService<IOptions<ServiceOptions>>().Value.RestartNotice));
    }

    private static IWarRoom Resolve(IServiceProvider provider, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IWarRoom instance } => instance,
        { ImplementationFactory: { } factory } => (IWarRoom)factory(provider),
        { ImplementationType: { } type } => (IWarRoom)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("IWarRoom is registered in a way chatops serve cannot wrap."),
    };
}
