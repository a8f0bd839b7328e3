using ChatOps.Bots.Discord.Gateway;
using ChatOps.Bots.Discord.Interactions;
using ChatOps.Bots.Discord.Registration;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Discord.Signatures;
using ChatOps.Delivery;
using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord;

/// <summary>The Discord adapter's services, bound from the "Discord" section. Needs IWarRoom from AddWarRoom.</summary>
public static class DiscordServiceCollectionExtensions
{
    private static readonly TimeSpan MaxInlineBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>Interactions endpoint services, the interaction worker and the gateway (`chatops serve`).</summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest(configuration);
        services.TryAddSingleton<InteractionSignatureVerifier>();
        services.TryAddSingleton<InteractionReplayGuard>();
        services.TryAddSingleton<InteractionQueue>();
        services.TryAddSingleton<FileFollowUps>();
        services.TryAddSingleton<InteractionRunner>();
        services.AddSingleton<ChatOps.Audit.IInterruptedCommandNotifier, DiscordInterruptedCommandNotifier>();
        services.AddHostedService<InteractionWorker>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>Only what `chatops discord register` needs: options, the REST client and the registrar.</summary>
    public static IServiceCollection AddDiscordCommandRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest(configuration);
        services.TryAddSingleton<IDiscordCommandRegistrar, DiscordCommandRegistrar>();
        return services;
    }

    private static void AddDiscordRest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.Section))
            .Validate(o => o.InlineBudget > TimeSpan.Zero && o.InlineBudget <= MaxInlineBudget,
                "Discord:InlineBudget must be between 0 and 00:00:02.5 (Discord wants the first answer within 3 s).")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Discord:ApiBaseUrl must be an absolute URL.")
            .Validate(o => Uri.TryCreate(o.GatewayUrl, UriKind.Absolute, out _), "Discord:GatewayUrl must be an absolute ws:// or wss:// URL.")
            .Validate(o => o.AttachmentLimitBytes > 0, "Discord:AttachmentLimitBytes must be more than 0.")
            .Validate(o => o.TimestampTolerance > TimeSpan.Zero && o.MaxBodyBytes > 0, "Discord:TimestampTolerance and MaxBodyBytes must be more than 0.")
            .Validate(o => o.MaxFollowUps >= 0 && o.MaxConcurrentInteractions > 0,
                "Discord:MaxFollowUps must not be negative and MaxConcurrentInteractions must be more than 0.")
            .ValidateOnStart();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddDelivery(configuration);
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(d => d.ServiceType == typeof(DiscordRestClient))) return;
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
        {
            var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            // A trailing slash, or the relative paths would replace the last segment (v10) of the base.
            http.BaseAddress = new Uri(discord.ApiBaseUrl.EndsWith('/') ? discord.ApiBaseUrl : discord.ApiBaseUrl + "/");
            // Delivery:AttemptTimeout and TotalTimeout bound each call, retries included.
            http.Timeout = Timeout.InfiniteTimeSpan;
            http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/chatops-war-room, 1.0)");
        }).AddDeliveryRetry(RateLimitGate.RetryAfterInBodyAsync);
    }
}
