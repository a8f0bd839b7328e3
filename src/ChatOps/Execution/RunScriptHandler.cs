using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution.Loop;
using ChatOps.Execution.Pool;
using ChatOps.Execution.Server;
using ChatOps.Execution.Integrations;
using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Execution;

/// <summary>
/// <c>!Name key=value</c>: finds the content script, checks its arguments and image before anything runs, runs
/// it on a warm container of its image (saying so while a cold one starts) and renders what it produced.
/// </summary>
internal sealed class RunScriptHandler(ContentLibrary library, ScriptRunner runner, ServerCommands server, IntegrationCommandRunner integrations)
    : CommandHandler<RunScriptCommand>
{
    protected override async IAsyncEnumerable<Reply> HandleAsync(RunScriptCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var verb = command.Verb;
        var script = library.Find(command.ScriptName);
        // The server's own commands (in XSOAR they are JavaScript, which does not run here) unless content brings a
        // runnable script of the same name.
        if (script is not { IsRunnable: true } && ServerCommands.ChatCommands.Contains(command.ScriptName))
        {
            await foreach (var reply in RunServerCommandAsync(command, message, cancellationToken)) yield return reply;
            yield break;
        }
        if (script is null && integrations.Knows(command.ScriptName))
        {
            await foreach (var reply in integrations.RunAsync(command, message, cancellationToken)) yield return reply;
            yield break;
        }
        if (script is null)
        {
            yield return Unknown(command.ScriptName);
            yield break;
        }

        // A script that cannot run here says so before its arguments are checked: no fix to them would help.
        if (runner.Refuse(script) is { } refusal)
        {
            yield return refusal;
            yield break;
        }
        var binding = ScriptArgumentBinder.Bind(script, command.Arguments.Select(a => (a.Key, (JsonNode?)JsonValue.Create(a.Value), (int?)a.Column)), command.Unnamed);
        if (!binding.Succeeded)
        {
            yield return new ErrorReply(binding.Error!, ScriptHelpProvider.Usage(script), binding.Column, message.Text);
            yield break;
        }

        var acquiring = runner.AcquireAsync(script, depth: 0, cancellationToken);
        if (!acquiring.IsCompleted) await runner.UntilStartingOrDoneAsync(script, acquiring);
        if (!acquiring.IsCompleted)
            yield return new ProgressReply(verb, $"starting a container of {runner.ImageOf(script)}");
        var (container, failure, remedy) = await WarmContainerOrFailure.SettleAsync(acquiring);
        if (container is null)
        {
            yield return new ErrorReply($"{verb} could not start: {failure}")
            {
                Remedy = failure!.Contains("is not in the engine", StringComparison.Ordinal) ? runner.MissingImageRemedy(script) : remedy,
            };
            yield break;
        }

        var run = await runner.RunAsync(container, script, binding.Args!, message.Channel, depth: 0, cancellationToken);
        await runner.RecordAsync(message, script, binding.Args!, run);
        var refusals = await runner.ApplyEntryContextAsync(run, message.Channel, cancellationToken);
        foreach (var reply in ScriptRunRenderer.Render(verb, run, runner.Options)) yield return reply;
        foreach (var contextRefusal in refusals) yield return new ErrorReply($"{verb}: the war room's context was not updated: {contextRefusal}");
    }

    private async IAsyncEnumerable<Reply> RunServerCommandAsync(RunScriptCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var arguments = ServerCommandArguments.Named(command, out var unnamedProblem);
        if ((unnamedProblem ?? ServerCommandArguments.Check(command.ScriptName, arguments.Select(a => a.Key).ToList())) is { } problem)
        {
            yield return new ErrorReply(problem, ServerCommandArguments.Usage(command.ScriptName), arguments.FirstOrDefault()?.Column ?? command.Unnamed?.Column, message.Text);
            yield break;
        }
        var args = new JsonObject();
        foreach (var argument in arguments) args[argument.Key] = argument.Value;
        var result = await server.RunAsync(command.ScriptName, args, new JobScope(message.Channel, command.ScriptName, 0), cancellationToken);
        var outputs = (result.Entries ?? []).Select(e => (ScriptOutput)new EntryOutput(JsonDocument.Parse(e!.ToJsonString()).RootElement.Clone())).ToList();
        foreach (var reply in ScriptRunRenderer.Render(command.Verb, new ScriptRun(outputs, ScriptEnding.Completed, 0), runner.Options)) yield return reply;
    }

    private ErrorReply Unknown(string name)
    {
        var near = library.FindIgnoringCase(name);
        var hint = near is not null
            ? $" Did you mean !{near.Name}?"
            : library.Scripts.Count == 0 ? " No scripts are loaded." : " Scripts: " + string.Join(", ", library.Scripts.Select(s => "!" + s.Name)) + ".";
        return new ErrorReply($"There is no script named !{name}.{hint}");
    }
}
