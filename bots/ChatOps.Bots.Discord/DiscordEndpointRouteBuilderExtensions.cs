using ChatOps.Bots.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Bots.Discord;

/// <summary>The Discord adapter's HTTP surface: the interactions endpoint URL set in the Developer Portal.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    public const string InteractionsPath = "/discord/interactions";

    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(InteractionsPath, InteractionEndpoint.HandleAsync);
        return endpoints;
    }
}
