using System.Text;

namespace ChatOps.ContentUpdates;

/// <summary>How one git command ended: exit code, stdout as bytes (blobs are binary), stderr as text.</summary>
internal sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Stdout as UTF-8 text with the trailing newline removed (for one-line answers such as rev-parse).</summary>
    public string Text => Encoding.UTF8.GetString(Output).TrimEnd('\n');
}
