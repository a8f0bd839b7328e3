using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution.Loop;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution;

/// <summary>
/// Answers one job's blocking requests: executeCommand (getContext, setContext, or another content script by
/// name), setContext, and log (info/error/debug go to the server log). Anything else gets a <c>$$##</c> error.
/// </summary>
internal sealed class ScriptRequestHandler(
    ScriptRunner runner,
    ContentLibrary library,
    ChannelContextStore contexts,
    string channel,
    int depth,
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
                return await SetContextAsync(StringOf(request, "name"), request.TryGetProperty("value", out var value) ? JsonNode.Parse(value.GetRawText()) : null, cancellationToken);
            case "log":
                var message = request.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Object ? StringOf(args, "message") : "";
                logger.Log(StringOf(request, "command") switch { "error" => LogLevel.Error, "debug" => LogLevel.Debug, _ => LogLevel.Information },
                    "script in {Channel}: {Message}", channel, message);
                return "{}";
            default:
                return Error($"the server does not answer '{type}' requests");
        }
    }

    private async Task<string> ExecuteCommandAsync(string command, JsonObject args, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case "getContext":
                return EntriesJson(new JsonObject { ["Type"] = 1, ["ContentsFormat"] = "json", ["Contents"] = await contexts.SnapshotAsync(channel, cancellationToken) });
            case "setContext":
                return await SetContextAsync(args["key"] is JsonValue key && key.TryGetValue<string>(out var name) ? name : "", args["value"]?.DeepClone(), cancellationToken) is var reply && reply.StartsWith(ErrorMarker, StringComparison.Ordinal)
                    ? reply
                    : EntriesJson(new JsonObject { ["Type"] = 1, ["ContentsFormat"] = "text", ["Contents"] = "ok" });
        }

        var script = library.Find(command);
        if (script is null)
            return Error($"no command or script named '{command}'. Commands: getContext, setContext; scripts: {string.Join(", ", library.Scripts.Select(s => s.Name))}");
        if (depth + 1 > runner.Options.MaxNestingDepth)
            return Error($"scripts may call scripts {runner.Options.MaxNestingDepth} deep at most; {command} was not run");
        if (runner.RefusalOf(script) is { } refusal) return Error(refusal);
        var binding = ScriptArgumentBinder.Bind(script, args.Select(a => (a.Key, a.Value, (int?)null)));
        if (!binding.Succeeded) return Error(binding.Error!);

        var run = await runner.RunAsync(script, binding.Args!, channel, depth + 1, cancellationToken);
        if (run.Ending != ScriptEnding.Completed) return Error($"{command} {Describe(run.Ending)}");
        if (run.Outputs.OfType<ExceptionOutput>().FirstOrDefault() is { } exception)
            return Error($"{command} failed: {exception.Traceback.LastOrDefault(l => l.Trim().Length > 0) ?? "an exception"}");
        var entries = new JsonArray(run.Entries.Select(e => JsonNode.Parse(e.Entry.GetRawText())).ToArray());
        return entries.ToJsonString();
    }

    private async Task<string> SetContextAsync(string key, JsonNode? value, CancellationToken cancellationToken) =>
        await contexts.SetAsync(channel, key, value, cancellationToken) is { } refusal ? Error(refusal) : "{}";

    private static string Describe(ScriptEnding ending) => ending switch
    {
        ScriptEnding.TimedOut => "timed out",
        ScriptEnding.OutOfMemory => "ran out of memory",
        _ => "ended its python loop",
    };

    private static string EntriesJson(JsonObject entry) => new JsonArray(entry).ToJsonString();

    private static string Error(string message) => ErrorMarker + message;

    private static string StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static JsonObject ObjectOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? JsonNode.Parse(value.GetRawText())!.AsObject() : new JsonObject();
}
