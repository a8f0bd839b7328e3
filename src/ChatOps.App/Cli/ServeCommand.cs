using ChatOps.App.Service;
using ChatOps.Audit;
using ChatOps.Bots.Discord;
using ChatOps.Bots.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops serve [--urls URL]`: the chat platforms' HTTP endpoints and background loops, bound to 127.0.0.1 by
/// default, with /healthz, /readyz and the Prometheus metrics; says at start how it is set up and drains on SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string home, string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = home, Args = args });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.AddCliLogging(builder.Configuration);
        // A service says what it does: the start-up report and the line per command show unless configured away.
        ShowByDefault(builder, StartupReport.Category, ObservedAuditLog.Category, "ChatOps.App.Service");
        builder.Services.AddChatOps(builder.Configuration);
        builder.Services.AddSlackBot(builder.Configuration);
        builder.Services.AddDiscordBot(builder.Configuration);
        builder.Services.AddChatOpsService(builder.Configuration);

        var app = builder.Build();
        app.MapChatOpsService();
        app.MapSlack();
        app.MapDiscord();
        await app.StartAsync();
        await StartupReport.WriteAsync(app.Services, app.Urls, app.Lifetime.ApplicationStopping);
        await app.WaitForShutdownAsync();
        return ExitCodes.Success;
    }

    private static void ShowByDefault(WebApplicationBuilder builder, params string[] categories)
    {
        foreach (var category in categories)
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
                builder.Logging.AddFilter(category, LogLevel.Information);
    }
}
