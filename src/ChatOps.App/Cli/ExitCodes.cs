namespace ChatOps.App.Cli;

/// <summary>Exit statuses of `chatops`: scripts and CI branch on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command failed or was refused (parse error, policy, build failure, ...).</summary>
    public const int CommandFailed = 1;
    /// <summary>`chatops` itself was called wrongly.</summary>
    public const int Usage = 2;
}
