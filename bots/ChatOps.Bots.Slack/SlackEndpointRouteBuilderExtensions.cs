using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.Interactivity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Slack;

/// <summary>Maps the Slack endpoints onto `chatops serve`'s WebApplication.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SlashCommandEndpoint.Path,
            context => context.RequestServices.GetRequiredService<SlashCommandEndpoint>().HandleAsync(context));
        endpoints.MapPost(InteractivityEndpoint.Path,
            context => context.RequestServices.GetRequiredService<InteractivityEndpoint>().HandleAsync(context));
        return endpoints;
    }
}
