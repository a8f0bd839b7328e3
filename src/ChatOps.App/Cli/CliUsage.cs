namespace ChatOps.App.Cli;

/// <summary>What `chatops help` prints.</summary>
internal static class CliUsage
{
    public const string Text = """
        usage: chatops [command]
          (none) | repl                 open the war-room console
          exec [--json] "LINE"          run one chat line, print the replies; exit 0 ok, 1 failed, 2 usage
          content update-images [--path DIR] [--dry-run]
                                        bring dockerimage tags in content up to date (exit 0 ok, 1 failed, 2 usage)
          serve [--urls URL]            Slack and Discord endpoints (default http://127.0.0.1:5080), /healthz, /readyz, /metrics
          publish                       (./chatops only) self-contained build in .build/publish and the bot's image chatops/bot
          service unit [--dir DIR] [--user NAME] [--env-file PATH]
                                        print a hardened systemd unit for the published build
          discord register [--guild ID] [--force]
                                        put the slash commands on Discord (one PUT, only when changed)
          slack manifest                print the Slack app manifest (slack/manifest.yml), made from the command catalogue
          audit verify                  check the audit chain; exit 1 naming the first row that does not match
          audit export                  every audit row as a JSON line on stdout
          base seed                     build the default base image offline and import it into the engine
          engine endpoint               print the Docker endpoint the bot uses (Docker:Endpoint, overrides applied)
          help                          this text
        """;
}
