using ChatOps.Bots.Discord;
using ChatOps.Bots.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.App.Cli;

/// <summary>`chatops serve [--urls URL]`: the chat platforms' HTTP endpoints and background loops, bound to 127.0.0.1 by default.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string home, string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = home, Args = args });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.AddCliLogging(builder.Configuration);
        builder.Services.AddChatOps(builder.Configuration);
        builder.Services.AddSlackBot(builder.Configuration);
        builder.Services.AddDiscordBot(builder.Configuration);

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapSlack();
        app.MapDiscord();
        await app.RunAsync();
        return ExitCodes.Success;
    }
}
