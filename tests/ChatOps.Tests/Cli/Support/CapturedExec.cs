using ChatOps.App.Cli;

namespace ChatOps.Tests.Cli.Support;

/// <summary>`chatops exec` with Console.Out captured; callers belong to <see cref="ConsoleOutputCollection"/>.</summary>
internal static class CapturedExec
{
    public static async Task<(int Status, string Output)> RunAsync(IWarRoom warRoom, params string[] args)
    {
        var original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var status = await ExecCommand.RunAsync(warRoom, args, CancellationToken.None);
            return (status, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
