using System.Text.Json.Nodes;

namespace ChatOps.Execution.Server;

/// <summary>
/// The commands the XSOAR server answers itself, for executeCommand from a script and (the entry ones) typed in
/// chat: the context (getContext, setContext, Set, DeleteContext, PrintContext), Print, lists (getList, setList,
/// addToList, removeFromList) and the loop's internal calls (getLicenseID, get/setIntegrationContext,
/// get/setLastRun). A failure is an error entry, which content tells apart with is_error().
/// </summary>
internal sealed class ServerCommands(ChannelContextStore contexts, ServerListStore lists, InstanceStateStore state, string licenseId)
{
    /// <summary>Commands a user may type as !Name when no content script of that name can run.</summary>
    public static readonly IReadOnlyList<string> ChatCommands = ["Print", "PrintContext", "Set", "DeleteContext", "getList", "setList", "addToList", "removeFromList"];

    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "getContext", "setContext", "Set", "DeleteContext", "Print", "PrintContext", "getList", "setList", "addToList", "removeFromList",
        "getLicenseID", "getIntegrationContext", "setIntegrationContext", "getLastRun", "setLastRun",
    };

    public static bool Handles(string command) => All.Contains(command);

    public async Task<ServerCommandResult> RunAsync(string command, JsonObject args, JobScope scope, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case "getContext":
                return ServerCommandResult.Of(ServerEntries.Json(new JsonObject { ["context"] = await contexts.SnapshotAsync(scope.Channel, cancellationToken) }));
            case "PrintContext":
                var context = await contexts.SnapshotAsync(scope.Channel, cancellationToken);
                return ServerCommandResult.Of(context.Count == 0 ? ServerEntries.Text("The context of this war room is empty.") : ServerEntries.Json(context));
            case "setContext":
                return Outcome(await contexts.SetPathAsync(scope.Channel, Text(args, "key"), (args["value"] ?? JsonValue.Create("")).ToJsonString(), append: false, cancellationToken), "ok");
            case "Set":
                var key = Text(args, "key");
                if (key.Length == 0) return Failed("Set needs key=... (and value=...)");
                return Outcome(await contexts.SetPathAsync(scope.Channel, key, Text(args, "value"), IsTrue(args, "append"), cancellationToken), $"Key {key} set");
            case "DeleteContext":
                return await DeleteContextAsync(args, scope, cancellationToken);
            case "Print":
                return ServerCommandResult.Of(ServerEntries.Text(Text(args, "value")));
            case "getList":
                var name = Text(args, "listName");
                return await lists.FindAsync(name, cancellationToken) is { } data
                    ? ServerCommandResult.Of(ServerEntries.Text(data))
                    : Failed($"Item not found (8): there is no list named '{name}'");
            case "setList":
                if (Text(args, "listName") is not { Length: > 0 } created) return Failed("setList needs listName=... and listData=...");
                await lists.SaveAsync(created, Text(args, "listData"), cancellationToken);
                return ServerCommandResult.Of(ServerEntries.Text($"Done: list {created} was saved"));
            case "addToList":
            case "removeFromList":
                return await ChangeListAsync(command, args, cancellationToken);
            case "getLicenseID":
                return ServerCommandResult.Bare(new JsonObject { ["id"] = licenseId });
            case "getIntegrationContext":
                return ServerCommandResult.Bare(await state.IntegrationContextAsync(scope.Instance, cancellationToken));
            case "setIntegrationContext":
                await state.SaveIntegrationContextAsync(scope.Instance, args["value"], cancellationToken);
                return ServerCommandResult.Bare(new JsonObject());
            case "getLastRun":
                return ServerCommandResult.Bare(await state.LastRunAsync(scope.Instance, cancellationToken));
            case "setLastRun":
                await state.SaveLastRunAsync(scope.Instance, args["value"], cancellationToken);
                return ServerCommandResult.Bare(new JsonObject());
            default:
                return Failed($"'{command}' is not a server command");
        }
    }

    private async Task<ServerCommandResult> DeleteContextAsync(JsonObject args, JobScope scope, CancellationToken cancellationToken)
    {
        if (Text(args, "all") is "yes" or "true")
            return Outcome(await contexts.ClearAsync(scope.Channel, cancellationToken), "All context deleted");
        var key = Text(args, "key");
        if (key.Length == 0) return Failed("DeleteContext needs key=... (a dotted path) or all=yes");
        return Outcome(await contexts.DeleteAsync(scope.Channel, key, cancellationToken), $"Key {key} deleted");
    }

    private async Task<ServerCommandResult> ChangeListAsync(string command, JsonObject args, CancellationToken cancellationToken)
    {
        var name = Text(args, "listName");
        if (name.Length == 0) return Failed($"{command} needs listName=... and listData=...");
        if (await lists.FindAsync(name, cancellationToken) is null) return Failed($"Item not found (8): there is no list named '{name}'");
        var separator = Text(args, "separator") is { Length: > 0 } given ? given : ",";
        var item = Text(args, "listData");
        await lists.ChangeAsync(name, current =>
        {
            var items = (current ?? "").Split(separator).Where(i => i.Length > 0).ToList();
            if (command == "addToList") items.Add(item);
            else items.RemoveAll(i => i == item);
            return string.Join(separator, items);
        }, cancellationToken);
        return ServerCommandResult.Of(ServerEntries.Text($"Done: list {name} was changed"));
    }

    private static ServerCommandResult Outcome(string? refusal, string done) =>
        refusal is null ? ServerCommandResult.Of(ServerEntries.Text(done)) : Failed(refusal);

    private static ServerCommandResult Failed(string message) => ServerCommandResult.Of(ServerEntries.Failure(message));

    /// <summary>An argument as text: chat gives strings; a script may pass any JSON, which is written as JSON.</summary>
    private static string Text(JsonObject args, string name) => args[name] switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    private static bool IsTrue(JsonObject args, string name) =>
        args[name] is JsonValue value && (value.TryGetValue<bool>(out var flag) ? flag : Text(args, name) is "true" or "yes");
}
