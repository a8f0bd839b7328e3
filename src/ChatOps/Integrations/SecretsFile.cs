using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Integrations;

/// <summary>
/// A secrets file, {"instance": {"param": "value", "credentials param": {"identifier": "..", "password": ".."}}},
/// read only once it is known to belong to the bot's user and to grant nothing to group or others: a file others
/// can read has leaked its secrets, and one they can write lets them choose the credentials the bot sends.
/// Messages name the file, an instance or a param, never a value.
/// </summary>
internal sealed class SecretsFile
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false };

    private readonly Dictionary<string, JsonObject> _instances;

    private SecretsFile(string path, string? problem, Dictionary<string, JsonObject> instances)
    {
        Path = path;
        Problem = problem;
        _instances = instances;
    }

    public string Path { get; }

    /// <summary>Why the file is refused; null when it was read. A refused file gives no secrets at all.</summary>
    public string? Problem { get; }

    /// <summary>The params given for an instance (its name matched ignoring case, as instance names are unique so).</summary>
    public JsonObject? For(string instance) => _instances.GetValueOrDefault(instance);

    public static SecretsFile Read(string path, IFileStatusReader files)
    {
        var refusal = Refusal(path, files);
        if (refusal is not null) return Refused(path, refusal);

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: Lenient);
        }
        catch (JsonException exception)
        {
            // Only the position: the exception's own message quotes the text around it, which may be a secret.
            // The one error without a position is a name given twice (AllowDuplicateProperties is off).
            return Refused(path, exception.LineNumber is { } line
                ? $"secrets file {path} is not valid JSON (line {line + 1}, byte {exception.BytePositionInLine + 1})"
                : $"secrets file {path} is not valid JSON: a name is given twice in one object");
        }
        catch (IOException exception)
        {
            return Refused(path, $"secrets file {path} cannot be read: {exception.Message}");
        }

        if (root is not JsonObject instances)
            return Refused(path, $"secrets file {path} must be a JSON object of instance names: {{\"instance\": {{\"param\": \"value\"}}}}");
        var found = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var (instance, entry) in instances)
        {
            if (entry is not JsonObject parameters)
                return Refused(path, $"secrets file {path}: \"{instance}\" must be an object of params: {{\"param\": \"value\"}}");
            if (!found.TryAdd(instance, parameters))
                return Refused(path, $"secrets file {path} lists instance \"{instance}\" twice (names are compared ignoring case)");
        }
        return new SecretsFile(path, null, found);
    }

    private static string? Refusal(string path, IFileStatusReader files)
    {
        if (!File.Exists(path)) return $"secrets file {path} does not exist";
        FileStatus status;
        uint bot;
        try
        {
            status = files.Read(path);
            bot = files.CurrentUid;
        }
        catch (Exception exception) when (exception is PlatformNotSupportedException or IOException or UnauthorizedAccessException)
        {
            return $"secrets file {path} cannot be checked, so it is not used: {exception.Message}";
        }

        if (status.OwnerUid != bot)
            return $"secrets file {path} belongs to uid {status.OwnerUid}, not to the bot's user (uid {bot}): chown it to that user, or use environment variables";
        if ((status.Mode & GroupOrOthers) != 0)
            return $"secrets file {path} has mode {Octal(status.Mode)}: group and others must have no access to it; run chmod 600 {path}";
        return null;
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8).PadLeft(3, '0');

    private static SecretsFile Refused(string path, string problem) => new(path, problem, new Dictionary<string, JsonObject>());
}
