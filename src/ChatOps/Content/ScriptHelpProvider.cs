using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Content;

/// <summary>
/// <c>help !Name</c> for content scripts (the image it runs in, or why it does not run here), and "!Name" for
/// every script in help lists and completion.
/// </summary>
internal sealed class ScriptHelpProvider(ContentLibrary library) : IHelpTopicProvider
{
    public IReadOnlyList<string> Topics => library.Scripts.Where(s => !IsServerCommand(s)).Select(s => "!" + s.Name).ToList();

    public IReadOnlyList<Reply>? Describe(string topic)
    {
        var script = library.Find(topic.StartsWith('!') ? topic[1..] : topic);
        if (script is null || IsServerCommand(script)) return null;
        var runs = script.NotRunnableReason ?? $"image: {script.DockerImage ?? "default " + script.Subtype}";
        var title = $"{Usage(script)}\n{(script.Comment.Length > 0 ? script.Comment : "(no description)")}\n{runs}";
        return Describe(title, script.Args, "This script takes no arguments.");
    }

    /// <summary>A title over the table of arguments (or the title and <paramref name="none"/> when there are none): scripts' and integration commands' help alike.</summary>
    public static IReadOnlyList<Reply> Describe(string title, IReadOnlyList<ContentArgument> args, string none)
    {
        if (args.Count == 0) return [new TextReply(title + "\n" + none)];
        return
        [
            new TableReply(
                title,
                ["argument", "required", "default", "list", "description"],
                args.Select(a => (IReadOnlyList<string>)[a.Name, a.Required ? "yes" : "no", a.DefaultValue ?? "", a.IsArray ? "yes (comma separated)" : "no", a.Description]).ToList()),
        ];
    }

    /// <summary>XSOAR's own JavaScript commands (Set, DeleteContext...) that the server answers here: their help is the server's.</summary>
    private static bool IsServerCommand(ContentScript script) =>
        !script.IsRunnable && ChatOps.Execution.Server.ServerCommands.ChatCommands.Contains(script.Name);

    /// <summary>"!Name key=&lt;key&gt; [other=&lt;other&gt;]": required arguments bare, optional ones in brackets.</summary>
    public static string Usage(ContentScript script) => Usage(script.Name, script.Args);

    public static string Usage(string name, IReadOnlyList<ContentArgument> args) =>
        string.Join(' ', new[] { "!" + name }.Concat(args.Select(a => a.Required ? $"{a.Name}=<{a.Name}>" : $"[{a.Name}=<{a.Name}>]")));
}
