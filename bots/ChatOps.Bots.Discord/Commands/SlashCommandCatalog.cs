using System.Text;
using System.Text.Json;

namespace ChatOps.Bots.Discord.Commands;

/// <summary>
/// The application commands the bot registers. Names are Discord's (^[-_a-z0-9]{1,32}$, descriptions at most
/// 100 characters); each maps to the war-room verb every adapter uses.
/// </summary>
internal static class SlashCommandCatalog
{
    public static IReadOnlyList<SlashCommand> All { get; } =
    [
        new("docker_image_create", "Build a new Docker image with Python dependencies and OS packages", "/docker_image_create", SlashCommandKind.KeyValues,
        [
            new("name", "Image name, lower case, e.g. example_name", SlashOptionType.String, Required: true),
            new("dependencies", "Python libraries, comma separated, e.g. mechanize,requests", SlashOptionType.String),
            new("packages", "OS packages, comma separated, e.g. wget", SlashOptionType.String),
            new("base", "Base image, e.g. demisto/python3-deb:3.11.2.1 (default: the configured one)", SlashOptionType.String),
            new("force", "Build even when an image with these contents exists", SlashOptionType.Boolean),
        ]),
        new("docker_image_update", "Rebuild an image, or all images, on its newest base and dependencies", "/docker_image_update", SlashCommandKind.KeyValues,
        [
            new("image", "Image to update, e.g. demisto/example_name", SlashOptionType.String),
            new("all", "Update every image", SlashOptionType.Boolean),
        ]),
        new("docker_images", "List images, filtered by name or by a package inside", "/docker_images", SlashCommandKind.KeyValues,
        [
            new("name", "Part of the image name", SlashOptionType.String),
            new("package", "A Python or OS package the image contains", SlashOptionType.String),
        ]),
        new("integration_test", "Run an integration instance's test-module: ok, or the integration's error", "/integration_test", SlashCommandKind.KeyValues,
        [
            new("instance", "Instance name from Integrations:Instances, e.g. HelloWorld_instance_1", SlashOptionType.String, Required: true),
        ]),
        new("run", "Run a content script in its Docker image", "!", SlashCommandKind.RawLine,
        [
            new("line", "The script line, e.g. !Print value=hi", SlashOptionType.String, Required: true),
        ]),
        new("audit", "The newest audited commands, filtered by user, command and outcome (needs audit.read)", "/audit", SlashCommandKind.KeyValues,
        [
            new("user", "Only this user, e.g. discord:1234 or slack:U0123", SlashOptionType.String),
            new("command", "Only this command, e.g. /docker_image_create or !Print", SlashOptionType.String),
            new("outcome", "Only outcomes starting with this: ok, refused, failed, interrupted, open", SlashOptionType.String),
            new("limit", "How many entries, 1 to 100 (default 20)", SlashOptionType.String),
        ]),
        new("help", "What the war room can do, or how to write one command", "help", SlashCommandKind.HelpTopic,
        [
            new("topic", "A command or script, e.g. /docker_image_create or !Print", SlashOptionType.String),
        ]),
    ];

    public static SlashCommand? Find(string? name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The body of the bulk-overwrite PUT. Deterministic, so its hash says whether anything changed.</summary>
    public static string ToRegistrationJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var command in All)
            {
                json.WriteStartObject();
                json.WriteString("name", command.Name);
                json.WriteString("description", command.Description);
                json.WriteNumber("type", 1); // CHAT_INPUT
                json.WriteStartArray("options");
                // Discord wants required options before optional ones.
                foreach (var option in command.Options.OrderByDescending(o => o.Required))
                {
                    json.WriteStartObject();
                    json.WriteString("name", option.Name);
                    json.WriteString("description", option.Description);
                    json.WriteNumber("type", option.Type);
                    json.WriteBoolean("required", option.Required);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
