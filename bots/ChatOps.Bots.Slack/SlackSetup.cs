using ChatOps.Bots.Slack.Commands;
using ChatOps.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack;

/// <summary>How the Slack adapter is set up, in words, for `chatops serve`'s start: a missing secret is said now, not at the first request.</summary>
public static class SlackSetup
{
    public static IReadOnlyList<StartupNote> Describe(IServiceProvider services)
    {
        var slack = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var http = !string.IsNullOrEmpty(slack.SigningSecret);
        var socketMode = slack.SocketModeWanted;
        if (!http && string.IsNullOrEmpty(slack.AppToken))
            return [StartupNote.Warning("Slack: not configured: Slack:SigningSecret and Slack:AppToken are empty, so every request to POST " +
                SlashCommandEndpoint.Path + " is refused. Set Slack__SigningSecret (HTTP endpoint) or Slack__AppToken (Socket Mode).")];

        List<StartupNote> notes =
        [
            http
                ? StartupNote.Info($"Slack: slash commands over HTTP at POST {SlashCommandEndpoint.Path} (signing secret set)")
                : StartupNote.Warning($"Slack: Slack:SigningSecret is empty: every request to POST {SlashCommandEndpoint.Path} is refused (Socket Mode only)."),
            socketMode
                ? StartupNote.Info("Slack: Socket Mode (app token set)")
                : StartupNote.Info(string.IsNullOrEmpty(slack.AppToken) ? "Slack: Socket Mode off (no Slack:AppToken)" : "Slack: Socket Mode off (Slack:SocketModeEnabled is false)"),
        ];
        if (string.IsNullOrEmpty(slack.BotToken))
            notes.Add(StartupNote.Warning("Slack: Slack:BotToken is empty: results go back through response_url only (at most " +
                $"{slack.ResponseUrlMaxUses} messages per command) and files cannot be uploaded."));
        return notes;
    }
}
