using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution.Files;
using ChatOps.Execution.Integrations;
using ChatOps.Execution.Loop;
using ChatOps.Execution.Server;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution;

/// <summary>
/// Answers one job's blocking requests as the XSOAR server does: executeCommand (the server's own commands, or
/// another content script by name), setContext, log (info/error/debug go to the server log), dt, demistoUrls.
/// A command that fails answers an error entry; a request the server does not know gets a <c>$$##</c> error.
/// </summary>
internal sealed class ScriptRequestHandler(
    ScriptRunner runner,
    ContentLibrary library,
    ServerCommands server,
    JobScope scope,
    JobFiles files,
    Func<IntegrationCommandRunner> integrations,
    ILogger logger) : ILoopRequestHandler
{
    private const string ErrorMarker = "$$##";

    public async ValueTask<string> HandleAsync(string type, JsonElement request, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "executeCommand":
                return await ExecuteCommandAsync(StringOf(request, "command"), ObjectOf(request, "args"), cancellationToken);
            case "setContext":
                var set = await server.RunAsync("setContext", new JsonObject
                {
                    ["key"] = StringOf(request, "name"),
                    ["value"] = request.TryGetProperty("value", out var value) ? JsonNode.Parse(value.GetRawText()) : null,
                }, scope, cancellationToken);
                return set.Entries is { } entries && entries.Any(ServerEntries.IsError) ? Error(ContentsOf(entries)) : "{}";
            case "log":
                logger.Log(StringOf(request, "command") switch { "error" => LogLevel.Error, "debug" => LogLevel.Debug, _ => LogLevel.Information },
                    "script in {Channel}: {Message}", scope.Channel, scope.Redact(MessageOf(request)));
                return "{}";
            case "dt":
                return Dt(request);
            case "file":
                return await files.ReceiveAsync(request, cancellationToken);
            case "getFileByEntryID":
                return await files.SendAsync(request, cancellationToken);
            case "demistoUrls":
                return new JsonObject { ["server"] = "chatops://war-room", ["investigation"] = "chatops://war-room/" + scope.Channel, ["warRoom"] = "chatops://war-room/" + scope.Channel }.ToJsonString();
            case "getAllModulesSupportedCmds":
            case "getAllModules":
                return "{}";
            default:
                return Error($"the server does not answer '{type}' requests");
        }
    }

    private async Task<string> ExecuteCommandAsync(string command, JsonObject args, CancellationToken cancellationToken)
    {
        if (ServerCommands.Handles(command)) return (await server.RunAsync(command, args, scope, cancellationToken)).ToReply();

        var script = library.Find(command);
        if (script is null && integrations().Knows(command))
        {
            if (scope.Depth + 1 > runner.Options.MaxNestingDepth)
                return Failed($"scripts may call commands {runner.Options.MaxNestingDepth} deep at most; {command} was not run");
            return (await integrations().RunForEntriesAsync(command, args, scope.Channel, scope.Depth + 1, cancellationToken)).ToJsonString();
        }
        if (script is null)
            return Failed($"Unsupported Command: no command or script named '{command}' (server commands: {string.Join(", ", ServerCommands.ChatCommands.Prepend("getContext"))})");
        if (scope.Depth + 1 > runner.Options.MaxNestingDepth)
            return Failed($"scripts may call scripts {runner.Options.MaxNestingDepth} deep at most; {command} was not run");
        if (runner.RefusalOf(script) is { } refusal) return Failed(refusal);
        var binding = ScriptArgumentBinder.Bind(script, args.Select(a => (a.Key, a.Value, (int?)null)));
        if (!binding.Succeeded) return Failed(binding.Error!);

        var run = await runner.RunAsync(script, binding.Args!, scope.Channel, scope.Depth + 1, cancellationToken);
        if (run.Ending != ScriptEnding.Completed) return Failed($"{command} {Describe(run.Ending)}");
        var entries = new JsonArray(run.Entries.Select(e => JsonNode.Parse(e.Entry.GetRawText())).ToArray());
        if (run.Outputs.OfType<ExceptionOutput>().FirstOrDefault() is { } exception)
            entries.Add(ServerEntries.Failure($"{command} failed: {exception.Traceback.LastOrDefault(l => l.Trim().Length > 0) ?? "an exception"}"));
        return entries.ToJsonString();
    }

    /// <summary>demisto.dt(value, query): XSOAR's DT for picking data (see <see cref="DtQuery"/>).</summary>
    private static string Dt(JsonElement request)
    {
        var value = request.TryGetProperty("value", out var given) ? JsonNode.Parse(given.GetRawText()) : null;
        var (result, problem) = DtQuery.Select(value, StringOf(request, "name"));
        return problem is not null ? Error(problem) : new JsonObject { ["result"] = result }.ToJsonString();
    }

    private static string Describe(ScriptEnding ending) => ending switch
    {
        ScriptEnding.TimedOut => "timed out",
        ScriptEnding.OutOfMemory => "ran out of memory",
        _ => "ended its python loop",
    };

    private static string Failed(string message) => new JsonArray(ServerEntries.Failure(message)).ToJsonString();

    private static string ContentsOf(JsonArray entries) =>
        string.Join("; ", entries.OfType<JsonObject>().Where(ServerEntries.IsError).Select(e => e["Contents"]?.ToString()));

    private static string Error(string message) => ErrorMarker + message;

    private static string MessageOf(JsonElement request)
    {
        if (!request.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Object) return "";
        if (args.TryGetProperty("message", out _)) return StringOf(args, "message");
        // XSOAR's own loop sends {"args": [..]}: the words of the log call.
        return args.TryGetProperty("args", out var words) && words.ValueKind == JsonValueKind.Array
            ? string.Join(' ', words.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString() : w.GetRawText()))
            : "";
    }

    private static string StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static JsonObject ObjectOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? JsonNode.Parse(value.GetRawText())!.AsObject() : new JsonObject();
}
