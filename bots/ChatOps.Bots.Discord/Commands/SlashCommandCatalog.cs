using System.Text;
using System.Text.Json;
using ChatOps.Parsers;

namespace ChatOps.Bots.Discord.Commands;

/// <summary>
/// The application commands the bot registers: the war room's one catalogue (CommandCatalog), each command under
/// its verb without the slash (Discord's names: ^[-_a-z0-9]{1,32}$, descriptions at most 100 characters).
/// </summary>
internal static class SlashCommandCatalog
{
    public static IReadOnlyList<SlashCommand> All { get; } = CommandCatalog.All.Select(From).ToList();

    private static SlashCommand From(CommandSpec spec) => new(
        spec.Verb.TrimStart('/'),
        spec.Summary,
        spec.Kind == CommandKind.ScriptLine ? "!" : spec.Verb,
        spec.Kind switch
        {
            CommandKind.ScriptLine => SlashCommandKind.RawLine,
            CommandKind.HelpTopic => SlashCommandKind.HelpTopic,
            _ => SlashCommandKind.KeyValues,
        },
        spec.Arguments.Select(a => new SlashOption(a.Key, Shorten(a.Description), a.Flag ? SlashOptionType.Boolean : SlashOptionType.String, a.Required)).ToList());

    /// <summary>Option descriptions share the 100-character limit; the catalogue's may be longer (help shows them whole).</summary>
    private static string Shorten(string description)
    {
        var text = char.ToUpperInvariant(description[0]) + description[1..];
        return text.Length <= 100 ? text : text[..99] + "…";
    }

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
