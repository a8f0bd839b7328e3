namespace ChatOps.App.Service;

/// <summary>
/// The systemd unit of a published build: its own user with the docker group (the engine's socket), the
/// secrets in an environment file only root can read, restart on failure, and the hardening systemd offers
/// that the bot survives. MemoryDenyWriteExecute stays off: the .NET JIT writes code and then runs it.
/// </summary>
internal static class SystemdUnit
{
    // Above the grace period: systemd must not SIGKILL the bot while running commands finish.
    private static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(20);

    public static string Render(string installDirectory, string user, string environmentFile, string stateDirectory, TimeSpan gracePeriod) => $"""
        # chatops.service: the war-room bot as a service (printed by `chatops service unit`).
        # Install: cp chatops.service /etc/systemd/system/ && systemctl daemon-reload && systemctl enable --now chatops
        [Unit]
        Description=ChatOps war-room bot (chatops serve)
        After=network-online.target docker.service
        Wants=network-online.target

        [Service]
        Type=exec
        User={user}
        Group={user}
        # Access to the Docker socket: whoever can use it is root on this machine (see README, Running it as a service).
        SupplementaryGroups=docker
        WorkingDirectory={installDirectory}
        Environment=CHATOPS_HOME={installDirectory}
        Environment=Storage__Folder=/var/lib/{stateDirectory}
        Environment=ASPNETCORE_URLS={Cli.ServeCommand.DefaultUrl}
        Environment=DOTNET_CLI_TELEMETRY_OPTOUT=1
        # Secrets (Slack__SigningSecret=..., Discord__PublicKey=..., ...), one per line; chmod 600, owned by root.
        EnvironmentFile=-{environmentFile}
        ExecStart={installDirectory}/ChatOps.App serve
        Restart=on-failure
        RestartSec=5s
        KillSignal=SIGTERM
        TimeoutStopSec={(int)(gracePeriod + StopMargin).TotalSeconds}s
        StateDirectory={stateDirectory}
        StateDirectoryMode=0700
        UMask=0077

        NoNewPrivileges=yes
        CapabilityBoundingSet=
        AmbientCapabilities=
        ProtectSystem=strict
        ProtectHome=yes
        PrivateTmp=yes
        PrivateDevices=yes
        ProtectKernelTunables=yes
        ProtectKernelModules=yes
        ProtectKernelLogs=yes
        ProtectControlGroups=yes
        ProtectClock=yes
        ProtectHostname=yes
        ProtectProc=invisible
        RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
        RestrictNamespaces=yes
        RestrictRealtime=yes
        RestrictSUIDSGID=yes
        LockPersonality=yes
        SystemCallArchitectures=native
        SystemCallFilter=@system-service
        SystemCallErrorNumber=EPERM

        [Install]
        WantedBy=multi-user.target

        """;
}
