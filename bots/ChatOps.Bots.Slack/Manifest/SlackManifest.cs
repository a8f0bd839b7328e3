using System.Text;
using ChatOps.Parsers;

namespace ChatOps.Bots.Slack.Manifest;

/// <summary>
/// The Slack app manifest (slack/manifest.yml), written from the war room's one catalogue so Slack offers exactly
/// the commands every other surface has. `chatops slack manifest` prints it; a test fails when the committed file
/// differs from it.
/// </summary>
public static class SlackManifest
{
    public const string ExampleCommandsUrl = "https://chatops.example.com/slack/commands";

    /// <summary>Where Slack posts button presses (block_actions): the commands URL's sibling, /slack/interactions.</summary>
    private const string InteractionsPath = "/slack/interactions";

    public static string Render(string commandsUrl = ExampleCommandsUrl)
    {
        var interactionsUrl = new Uri(new Uri(commandsUrl), InteractionsPath).ToString();
        var yaml = new StringBuilder();
        yaml.Append("""
            # Slack app manifest for the ChatOps war-room bot. Generated from the command catalogue: `./chatops slack manifest`.
            # Create the app from it at https://api.slack.com/apps -> Create New App -> From an app manifest.
            # Replace chatops.example.com with the public HTTPS name that reaches `chatops serve` (POST /slack/commands).
            # Socket Mode instead (no public URL): set socket_mode_enabled to true below, then create an app-level token
            # with the scope connections:write (Basic Information -> App-Level Tokens) and put it in Slack:AppToken.
            # App-level token scopes are not part of a manifest; connections:write is the only one the bot needs.
            _metadata:
              major_version: 1
              minor_version: 1
            display_information:
              name: ChatOps War Room
              description: Build, update and list the Docker images your scripts run in, and run those scripts, from the war room.
              background_color: "#1d3557"
            features:
              bot_user:
                display_name: chatops
                always_online: true
              slash_commands:

            """);
        foreach (var command in CommandCatalog.All)
        {
            yaml.Append("    - command: ").Append(command.Verb).Append('\n');
            yaml.Append("      url: ").Append(commandsUrl).Append('\n');
            yaml.Append("      description: ").Append(Quoted(command.Summary)).Append('\n');
            if (command.ArgumentsHint.Length > 0) yaml.Append("      usage_hint: ").Append(Quoted(command.ArgumentsHint)).Append('\n');
            yaml.Append("      should_escape: false\n");
        }
        yaml.Append($$"""
            oauth_config:
              scopes:
                bot:
                  - commands      # the slash commands above
                  - chat:write    # progress and results with chat.postMessage / chat.update when Slack:BotToken is set
                  - files:write   # files a script returns, shared in the channel (files.getUploadURLExternal / completeUploadExternal)
                  - usergroups:read # the user groups slack:group: grants name (usergroups.list)
            settings:
              interactivity:
                is_enabled: true  # the Approve / Deny buttons of approval requests (Images:RequireApproval)
                request_url: {{interactionsUrl}}
              org_deploy_enabled: false
              socket_mode_enabled: false
              token_rotation_enabled: false

            """);
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar: always valid, whatever the text holds (':', '#', '[', quotes).</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
