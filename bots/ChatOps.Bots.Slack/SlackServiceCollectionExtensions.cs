using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.Files;
using ChatOps.Bots.Slack.FollowUp;
using ChatOps.Bots.Slack.Interactivity;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.SocketMode;
using ChatOps.Bots.Slack.UserGroups;
using ChatOps.Bots.Slack.Verification;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack;

/// <summary>The Slack adapter's services, options bound from the "Slack" section. Needs an IWarRoom registered elsewhere.</summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddSlackBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlackOptions>(configuration.GetSection(SlackOptions.Section));
        services.AddDelivery(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ReplayGuard>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<ResponseUrlPolicy>();
        services.AddSingleton<SlashCommandReader>();
        services.AddSingleton<BlockKitRenderer>();
        services.AddSingleton<SlackCommandQueue>();
        services.AddSingleton<ConversationFactory>();
        services.AddSingleton<ChatOps.Audit.IInterruptedCommandNotifier, SlackInterruptedCommandNotifier>();
        services.AddSingleton<FileUploader>();
        services.AddSingleton<SlackUserGroups>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<SignedFormReader>();
        services.AddSingleton<SlashCommandEndpoint>();
        services.AddSingleton<BlockActionReader>();
        services.AddSingleton<InteractivityEndpoint>();
        services.AddSingleton(sp => new ReconnectBackoff(sp.GetRequiredService<IOptions<SlackOptions>>(), Random.Shared));

        services.AddHttpClient<SlackApiClient>((sp, http) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                // Delivery:AttemptTimeout and TotalTimeout bound each call, retries included.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            .AddDeliveryRetry();
        services.AddHttpClient<ResponseUrlClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            .AddDeliveryRetry();

        services.AddHostedService<SlackCommandWorker>();
        services.AddHostedService<SocketModeService>();
        return services;
    }

    // A redirect could lead a follow-up to a host outside the allowlist, or a token to another site.
    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
