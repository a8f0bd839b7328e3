using ChatOps.App.Cli;

namespace ChatOps.Tests.Cli.Support;

/// <summary>`chatops exec` with Console.Out and Console.Error captured; callers belong to <see cref="ConsoleOutputCollection"/>.</summary>
internal static class CapturedExec
{
    public static async Task<(int Status, string Output)> RunAsync(IWarRoom warRoom, params string[] args)
    {
        var (status, output, _) = await RunWithErrorsAsync(warRoom, args);
        return (status, output);
    }

    public static async Task<(int Status, string Output, string Errors)> RunWithErrorsAsync(IWarRoom warRoom, params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        var (output, errors) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var status = await ExecCommand.RunAsync(warRoom, args, CancellationToken.None);
            return (status, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
