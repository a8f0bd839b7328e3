using ChatOps.Content;
using ChatOps.Integrations;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Execution.Integrations;

/// <summary>
/// <c>help !command</c> for integration commands: its arguments from the YAML and the instances that have it;
/// every command of a configured instance appears in help lists and completion.
/// </summary>
internal sealed class IntegrationHelpProvider(ContentLibrary library, IntegrationInstanceCatalog instances) : IHelpTopicProvider
{
    public IReadOnlyList<string> Topics => instances.Instances
        .Where(i => i.Integration is not null)
        .SelectMany(i => i.Integration!.Commands.Select(c => "!" + c.Name))
        .Where(t => library.Find(t[1..]) is null)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<Reply>? Describe(string topic)
    {
        var name = topic.StartsWith('!') ? topic[1..] : topic;
        if (library.Find(name) is not null) return null;
        var integrations = library.FindCommand(name);
        if (integrations.Count == 0) return null;
        var command = integrations[0].FindCommand(name)!;
        var having = instances.Instances.Where(i => i.Integration?.FindCommand(name) is not null).ToList();
        var usage = ScriptHelpProvider.Usage(name, command.Arguments) + " [using=<instance>]";
        var where = having.Count == 0
            // Help is read in chat: whom to ask, not the setting (Integrations:Instances).
            ? $"A command of {string.Join(", ", integrations.Select(i => i.Name))}; no instance is configured: an admin can add one."
            : "Instances: " + string.Join(", ", having.Select(i => i.IsUsable ? i.Name : $"{i.Name} (not usable: {i.NotUsableReason})")) + ".";
        var title = $"{usage}\n{(command.Description.Length > 0 ? command.Description : "(no description)")}\n{where}";
        return ScriptHelpProvider.Describe(title, command.Arguments, "This command takes no arguments.");
    }
}
