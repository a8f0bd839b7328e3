using ChatOps.Content;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Execution.Server;

/// <summary><c>help !Set</c> and the other server commands typed in chat, unless content brings a runnable script of that name (which then answers).</summary>
internal sealed class ServerCommandHelpProvider(ContentLibrary library) : IHelpTopicProvider
{
    public IReadOnlyList<string> Topics => ServerCommands.ChatCommands.Where(IsServers).Select(c => "!" + c).ToList();

    public IReadOnlyList<Reply>? Describe(string topic)
    {
        var name = topic.StartsWith('!') ? topic[1..] : topic;
        if (!ServerCommands.ChatCommands.Contains(name) || !IsServers(name)) return null;
        return [new TextReply($"{ServerCommandArguments.Usage(name)}\n{ServerCommandArguments.Does(name)}\nThe server's own command (built in).")];
    }

    private bool IsServers(string name) => library.Find(name) is not { IsRunnable: true };
}
