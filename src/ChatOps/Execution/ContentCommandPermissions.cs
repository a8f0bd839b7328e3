using ChatOps.Access;
using ChatOps.Content;
using ChatOps.Execution.Integrations;
using ChatOps.Execution.Server;
using ChatOps.Integrations;
using ChatOps.Parsers.Commands;

namespace ChatOps.Execution;

/// <summary>
/// "!name" as RunScriptHandler will run it: a script (or a server command) needs "scripts.run:name", which its
/// tags can also grant; an integration command needs "integrations.run:instance" for the instance using= names,
/// or for every instance that declares it, since a reputation command runs on all of them.
/// </summary>
internal sealed class ContentCommandPermissions(ContentLibrary library, IntegrationInstanceCatalog instances) : ICommandPermissions
{
    private readonly CommandPermissions _parsed = new();

    public IReadOnlyList<RequiredPermission> For(ChatCommand command)
    {
        if (command is not RunScriptCommand run) return _parsed.For(command);

        var name = run.ScriptName;
        var script = library.Find(name);
        // The same order as RunScriptHandler's: a runnable script, then the server's commands, then integrations.
        if (script is { IsRunnable: true } || ServerCommands.ChatCommands.Contains(name) || library.FindCommand(name).Count == 0)
            return [new(Permissions.Script(name), script?.Tags)];

        if (run.Arguments.FirstOrDefault(a => a.Key == IntegrationCommandRunner.UsingArgument) is { } chosen)
            return [new(Permissions.Integration(chosen.Value))];
        var declaring = instances.Instances.Where(i => i.Integration?.FindCommand(name) is not null).ToList();
        // No instance to run it on: the runner will say so; asking for the whole permission keeps that answer for those who hold it.
        return declaring.Count == 0
            ? [new(Permissions.IntegrationsRun)]
            : declaring.Select(i => new RequiredPermission(Permissions.Integration(i.Name))).ToList();
    }
}
