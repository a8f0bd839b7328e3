using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution.Entries;
using ChatOps.Execution.Loop;
using ChatOps.Integrations;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.Execution.Integrations;

/// <summary>
/// <c>!command args [using=instance]</c> for a command an integration declares: picks the instance (the one that
/// has it, the one named by using=, or asks which), runs the command on that instance's own containers with its
/// params, network and secrets, writes the outputs into the channel's context and renders them. Reputation
/// commands (!ip, !domain, !url, !file...) run on every usable instance that declares them, as XSOAR does, and
/// their DBotScore outputs merge in the context by their merge keys.
/// </summary>
internal sealed class IntegrationCommandRunner(ContentLibrary library, IntegrationInstanceCatalog instances, ScriptRunner runner, IntegrationsOptions options)
{
    public const string UsingArgument = "using";

    private static readonly HashSet<string> Reputation = new(StringComparer.Ordinal) { "ip", "domain", "url", "file", "email", "cve" };

    /// <summary>True when some integration of the content declares this command.</summary>
    public bool Knows(string command) => library.FindCommand(command).Count > 0;

    public async IAsyncEnumerable<Reply> RunAsync(RunScriptCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = command.ScriptName;
        var chosen = command.Arguments.FirstOrDefault(a => a.Key == UsingArgument);
        var arguments = command.Arguments.Where(a => a.Key != UsingArgument).ToList();
        var declaring = instances.Instances.Where(i => i.Integration?.FindCommand(name) is not null).ToList();

        List<IntegrationInstance> targets;
        if (chosen is not null)
        {
            var instance = instances.Find(chosen.Value);
            if (instance is null || instance.Integration?.FindCommand(name) is null)
            {
                yield return new ErrorReply(instance is null
                    ? $"There is no integration instance named '{chosen.Value}'. {Offer(name, declaring)}"
                    : $"The instance {instance.Name} ({instance.IntegrationName}) has no command !{name}. {Offer(name, declaring)}", null, chosen.Column, message.Text);
                yield break;
            }
            targets = [instance];
        }
        else
        {
            targets = declaring.Where(i => i.IsUsable).ToList();
            if (targets.Count == 0)
            {
                yield return NoInstance(name, declaring);
                yield break;
            }
            if (targets.Count > 1 && !Reputation.Contains(name))
            {
                yield return new ErrorReply($"!{name} is a command of several instances: {string.Join(", ", targets.Select(t => $"{t.Name} ({t.IntegrationName})"))}. " +
                                            $"Say which with using=<instance>, e.g. {message.Text.Trim()} using={targets[0].Name}");
                yield break;
            }
        }

        foreach (var instance in targets)
            await foreach (var reply in RunOnAsync(instance, name, arguments, message, targets.Count > 1, cancellationToken, command.Unnamed)) yield return reply;
    }

    /// <summary>
    /// executeCommand of an integration command from a script: the entries it returned, or one error entry saying
    /// why it did not run (content checks these with is_error). using= in the arguments chooses the instance.
    /// </summary>
    public async Task<JsonArray> RunForEntriesAsync(string name, JsonObject args, string channel, int depth, CancellationToken cancellationToken)
    {
        var chosen = args[UsingArgument]?.ToString();
        var rest = new JsonObject();
        foreach (var (key, value) in args) if (key != UsingArgument) rest[key] = value?.DeepClone();
        var declaring = instances.Instances.Where(i => i.Integration?.FindCommand(name) is not null).ToList();
        List<IntegrationInstance> targets = chosen is not null
            ? declaring.Where(i => string.Equals(i.Name, chosen, StringComparison.OrdinalIgnoreCase)).ToList()
            : declaring.Where(i => i.IsUsable).ToList();
        if (targets.Count == 0) return Failure(chosen is not null ? $"There is no instance named '{chosen}' with {name}. {Offer(name, declaring)}" : NoInstance(name, declaring).SaidTo(admin: false).Message);
        if (targets.Count > 1 && !Reputation.Contains(name))
            return Failure($"{name} is a command of several instances ({string.Join(", ", targets.Select(t => t.Name))}): pass using=<instance>");

        var entries = new JsonArray();
        foreach (var instance in targets)
        {
            if (!instance.IsUsable)
            {
                entries.Add(Server.ServerEntries.Failure($"the instance {instance.Name} cannot be used: {instance.NotUsableReason}"));
                continue;
            }
            var job = AsScript(instance.Integration!, name, instance.Integration!.FindCommand(name));
            if (runner.RefusalOf(job) is { } refusal)
            {
                entries.Add(Server.ServerEntries.Failure(refusal));
                continue;
            }
            var binding = ScriptArgumentBinder.Bind(job, rest.Select(a => (a.Key, a.Value, (int?)null)));
            if (!binding.Succeeded)
            {
                entries.Add(Server.ServerEntries.Failure(binding.Error!));
                continue;
            }
            var call = CallOf(instance, name);
            var run = await runner.RunAsync(await runner.AcquireAsync(job, depth, cancellationToken, call), job, binding.Args!, channel, depth, cancellationToken, call);
            foreach (var entry in run.Entries) entries.Add(JsonNode.Parse(entry.Entry.GetRawText()));
            if (run.Ending != ScriptEnding.Completed || run.Outputs.OfType<ExceptionOutput>().FirstOrDefault() is not null)
                entries.Add(Server.ServerEntries.Failure($"{name} on {instance.Name} failed: " +
                    (run.Outputs.OfType<ExceptionOutput>().FirstOrDefault()?.Traceback.LastOrDefault(l => l.Trim().Length > 0) ?? run.Ending.ToString())));
        }
        return entries;
    }

    /// <summary>The job's instance side; its `proxy` param true (as XSOAR passes checkboxes) puts the configured proxy in its environment.</summary>
    private IntegrationCall CallOf(IntegrationInstance instance, string name)
    {
        var parameters = instance.CreateParams();
        var proxy = parameters["proxy"] is JsonValue flag && (flag.TryGetValue<bool>(out var on) ? on : flag.ToString() == "true") ? options.Proxy : "";
        return new IntegrationCall(instance.Name, instance.Integration!.Name, name, parameters, instance.EgressNetwork, instance.Redactor.Redact, proxy, instance.EngineLabels);
    }

    private static JsonArray Failure(string message) => new(Server.ServerEntries.Failure(message));

    /// <summary><c>/integration_test instance=X</c>: the instance's test-module; "ok" or the integration's own error.</summary>
    public async IAsyncEnumerable<Reply> TestAsync(string name, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var instance = instances.Find(name);
        if (instance is null)
        {
            yield return instances.Instances.Count == 0
                ? new ErrorReply($"There is no integration instance named '{name}'. None is configured.")
                {
                    Remedy = new Remedy("Ask an admin to configure one.", "Add one under Integrations:Instances in appsettings.json."),
                }
                : new ErrorReply($"There is no integration instance named '{name}'. Instances: " + string.Join(", ", instances.Instances.Select(i => i.Name)) + ".");
            yield break;
        }
        var replies = new List<Reply>();
        await foreach (var reply in RunOnAsync(instance, "test-module", [], message, false, cancellationToken)) replies.Add(reply);
        var shown = replies.Where(r => r is not ProgressReply).ToList();
        if (shown.Count == 1 && ReplyDisplay.ErrorOf(shown[0]) is null && RenderedText(shown[0]) == "ok")
        {
            yield return new TextReply($"{instance.Name} ({instance.IntegrationName}): ok");
            yield break;
        }
        // XSOAR's Test button passes only on "ok": anything else a test-module answers is why the test failed.
        if (shown.Count > 0 && shown.All(r => ReplyDisplay.ErrorOf(r) is null))
        {
            foreach (var reply in replies.Where(r => r is ProgressReply)) yield return reply;
            yield return new ErrorReply($"{instance.Name} ({instance.IntegrationName}): the test failed: " + string.Join("\n", shown.Select(RenderedText).Where(t => t.Length > 0)));
            yield break;
        }
        foreach (var reply in replies) yield return reply;
    }

    private async IAsyncEnumerable<Reply> RunOnAsync(IntegrationInstance instance, string name, IReadOnlyList<ScriptArgument> arguments, ChatMessage message,
        bool sayWhich, [EnumeratorCancellation] CancellationToken cancellationToken, UnnamedValue? unnamed = null)
    {
        var verb = sayWhich ? $"!{name} on {instance.Name}" : "!" + name;
        if (!instance.IsUsable)
        {
            yield return new ErrorReply($"{verb}: the instance {instance.Name} cannot be used: {instance.NotUsableReason}");
            yield break;
        }
        var integration = instance.Integration!;
        var declared = integration.FindCommand(name);
        var job = AsScript(integration, name, declared);
        if (runner.Refuse(job) is { } refusal)
        {
            yield return refusal;
            yield break;
        }
        var binding = ScriptArgumentBinder.Bind(job, arguments.Select(a => (a.Key, (JsonNode?)JsonValue.Create(a.Value), (int?)a.Column)), unnamed);
        if (!binding.Succeeded)
        {
            yield return new ErrorReply(binding.Error!, ScriptHelpProvider.Usage(job) + " [using=<instance>]", binding.Column, message.Text);
            yield break;
        }

        var call = CallOf(instance, name);
        var acquiring = runner.AcquireAsync(job, depth: 0, cancellationToken, call);
        if (!acquiring.IsCompleted)
            yield return new ProgressReply(verb, $"starting a container of {runner.ImageOf(job)} for the instance {instance.Name}");
        WarmContainerOrFailure started = await WarmContainerOrFailure.SettleAsync(acquiring);
        if (started.Container is null)
        {
            yield return new ErrorReply($"{verb} could not start: {instance.Redactor.Redact(started.Failure!)}") { Remedy = started.Remedy };
            yield break;
        }

        var run = await runner.RunAsync(started.Container, job, binding.Args!, message.Channel, 0, cancellationToken, call);
        await runner.RecordAsync(message, job, binding.Args!, run, call);
        var refusals = await runner.ApplyEntryContextAsync(run, message.Channel, cancellationToken);
        foreach (var reply in ScriptRunRenderer.Render(verb, run, runner.Options)) yield return reply;
        foreach (var contextRefusal in refusals) yield return new ErrorReply($"{verb}: the war room's context was not updated: {contextRefusal}");
        if (instance.EgressNetwork is null && Failed(run))
            // The likely cause of the failure, in the sender's voice (the war room picks it): the setting is an admin's.
            yield return new ErrorReply($"The instance {instance.Name} has no network: its containers cannot reach a service.")
            {
                Remedy = new Remedy($"If {integration.Name} needs one, ask an admin to give the instance egress.",
                    "Give the instance egress in appsettings.json (Integrations:Instances: \"Egress\": \"host\" or a Docker network's name)."),
            };
    }

    /// <summary>An integration command as the runner runs scripts: the integration's code, image and limits, the command's arguments.</summary>
    private static ContentScript AsScript(ContentIntegration integration, string name, IntegrationCommand? command) => new(
        integration.Id, name, command?.Description ?? integration.Description, integration.Type, integration.Subtype, integration.DockerImage,
        command?.Arguments ?? [], integration.RunOnce, integration.Code, integration.SourceFile, integration.Pack, integration.NotRunnableReason);

    private static bool Failed(ScriptRun run) =>
        run.Ending != ScriptEnding.Completed || run.Outputs.OfType<ExceptionOutput>().Any() ||
        run.Entries.Any(e => EntryTypes.IsError(e.Entry));

    private ErrorReply NoInstance(string name, IReadOnlyList<IntegrationInstance> declaring)
    {
        if (declaring.Count > 0)
            return new ErrorReply($"!{name}: no instance that has it can be used: " + string.Join("; ", declaring.Select(i => $"{i.Name}: {i.NotUsableReason}")));
        var integrations = library.FindCommand(name).Select(i => i.Name).ToList();
        return new ErrorReply($"!{name} is a command of {string.Join(", ", integrations)}, which has no instance.")
        {
            Remedy = new Remedy($"Ask an admin to configure an instance of {integrations[0]}.",
                "Add one under Integrations:Instances in appsettings.json " +
                $"(\"Name\", \"Integration\": \"{integrations[0]}\", \"Params\"; secrets from the environment or a secrets file, see the README)."),
        };
    }

    private static string Offer(string name, IReadOnlyList<IntegrationInstance> declaring) =>
        declaring.Count == 0 ? $"No instance has !{name}." : $"Instances with !{name}: {string.Join(", ", declaring.Select(i => i.Name))}.";

    private static string RenderedText(Reply reply) => ReplyDisplay.Of(reply) switch
    {
        [TextReply text] => text.Text,
        [MarkdownReply markdown] => markdown.Markdown,
        _ => "",
    };
}
