using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Runs git with an argument list (never a shell string), optional stdin bytes and extra environment, and
/// collects stdout as bytes and stderr as text.
/// </summary>
internal sealed class GitRunner(IOptions<ContentUpdatesOptions> options)
{
    public async Task<GitResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        byte[]? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(options.Value.GitPath)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Plain messages, and never a credential prompt from a job that has no one to answer it.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException($"could not start {options.Value.GitPath}");
        }
        catch (Win32Exception exception)
        {
            throw new GitException($"could not start '{options.Value.GitPath}' ({exception.Message}); install git or set ContentUpdates__GitPath", exception);
        }

        using (process)
        {
            try
            {
                var output = new MemoryStream();
                var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
                var readError = process.StandardError.ReadToEndAsync(cancellationToken);
                if (input is not null) await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
                process.StandardInput.Close();
                await copyOutput;
                var error = await readError;
                await process.WaitForExitAsync(cancellationToken);
                return new GitResult(process.ExitCode, output.ToArray(), error.Trim());
            }
            catch (OperationCanceledException)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    /// <summary>Like <see cref="RunAsync"/>, but a non-zero exit is a <see cref="GitException"/>.</summary>
    public async Task<GitResult> RunCheckedAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        byte[]? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await RunAsync(workingDirectory, arguments, cancellationToken, input, environment);
        if (!result.Succeeded)
            throw new GitException($"git {string.Join(' ', arguments.Take(2))} failed ({result.ExitCode}): {result.Error}");
        return result;
    }
}
