using ChatOps.Parsers.Commands;

namespace ChatOps.Bench.Execution;

/// <summary>
/// The trivial script the script benches time (`!Trivial value=ok`, one demisto.results), written into a content
/// folder of its own, and the command and message the war room would make of it.
/// </summary>
internal sealed class TrivialScript : IDisposable
{
    private TrivialScript(string contentFolder) => ContentFolder = contentFolder;

    public string ContentFolder { get; }

    public RunScriptCommand Command { get; } = new("Trivial", [new ScriptArgument("value", "ok", 10)]);

    public ChatMessage Message { get; } = new("bench", "bench", "bench", "!Trivial value=ok");

    public static TrivialScript Write()
    {
        var content = Directory.CreateTempSubdirectory("chatops-bench-content-").FullName;
        File.WriteAllText(Path.Combine(content, "Trivial.yml"),
            "commonfields:\n  id: Trivial\nname: Trivial\ntype: python\nsubtype: python3\nargs:\n- name: value\n  defaultValue: ok\nscript: |-\n  demisto.results(demisto.args()['value'])\n");
        return new TrivialScript(content);
    }

    public void Dispose() => Directory.Delete(ContentFolder, recursive: true);
}
