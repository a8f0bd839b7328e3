using System.Diagnostics;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>Runs a command-line tool (git, docker) with an argument list and optional stdin; a failure fails the test with the tool's message.</summary>
internal static class Tool
{
    public static string Run(string file, string workingDirectory, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null) process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error.Result}");
        return output.Result;
    }
}
