using System.Runtime.CompilerServices;
using ChatOps.Parsers;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Help;

/// <summary>help, help /command, help !Script: built-in commands from the catalog, scripts from their providers.</summary>
internal sealed class HelpHandler(IEnumerable<IHelpTopicProvider> providers) : CommandHandler<HelpCommand>
{
    protected override async IAsyncEnumerable<Reply> HandleAsync(HelpCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        if (command.Topic is null)
        {
            foreach (var reply in Overview()) yield return reply;
            yield break;
        }

        var spec = CommandCatalog.Find(command.Topic);
        if (spec is not null)
        {
            yield return Describe(spec);
            yield break;
        }

        foreach (var provider in providers)
        {
            var described = provider.Describe(command.Topic);
            if (described is null) continue;
            foreach (var reply in described) yield return reply;
            yield break;
        }

        yield return new ErrorReply($"No help for '{command.Topic}': it is neither a command nor a known script. Type help for the list.");
    }

    private IEnumerable<Reply> Overview()
    {
        yield return new TableReply(
            "Commands",
            ["command", "what it does"],
            CommandCatalog.All.Select(c => (IReadOnlyList<string>)[c.Usage, c.Summary]).ToList());
        var scripts = providers.SelectMany(p => p.Topics).Order(StringComparer.Ordinal).ToList();
        if (scripts.Count > 0)
            yield return new TextReply("Scripts: " + string.Join(", ", scripts) + "\nhelp !Name shows a script's arguments.");
    }

    private static TableReply Describe(CommandSpec spec) => new(
        $"{spec.Usage}\n{spec.Summary}",
        ["argument", "required", "description", "example"],
        spec.Arguments.Select(a => (IReadOnlyList<string>)[a.Key, a.Required ? "yes" : "no", a.Description, a.Example]).ToList());
}
