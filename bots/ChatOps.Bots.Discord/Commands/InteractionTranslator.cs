using System.Diagnostics.CodeAnalysis;
using System.Text;
using ChatOps.Bots.Discord.Interactions;
using ChatOps.Parsers.Buttons;

namespace ChatOps.Bots.Discord.Commands;

/// <summary>
/// An application command interaction -> exactly one war-room line. Option values are quoted so that nothing a
/// user types into one option can become another key (`name: x force=true` stays the value of name).
/// A button press (a message component interaction) -> the line its custom_id stands for, read by ButtonCommand.
/// The war room's parser decides whether the line is valid; this only translates.
/// </summary>
internal static class InteractionTranslator
{
    /// <summary>data.component_type of a button.</summary>
    private const int ButtonComponentType = 2;

    public static bool TryTranslate(Interaction interaction, [NotNullWhen(true)] out string? line, [NotNullWhen(false)] out string? error)
    {
        line = null;
        if (interaction.Type == InteractionType.MessageComponent) return TryButton(interaction, out line, out error);
        if (interaction.Type != InteractionType.ApplicationCommand)
            return Fail($"This bot only answers slash commands and its buttons (got interaction type {interaction.Type}).", out error);
        var command = SlashCommandCatalog.Find(interaction.CommandName);
        if (command is null)
            return Fail($"/{interaction.CommandName} is not a command of this bot. Try /help; if it was renamed, run `chatops discord register`.", out error);

        var values = new Dictionary<string, InteractionOption>(StringComparer.Ordinal);
        foreach (var option in interaction.Options)
        {
            var spec = command.Options.FirstOrDefault(o => o.Name == option.Name);
            if (spec is null) return Fail($"/{command.Name} has no option '{option.Name}'. Its options: {OptionList(command)}.", out error);
            if (spec.Type != option.Type || (spec.Type == SlashOptionType.String ? option.Text is null : option.Flag is null))
                return Fail($"Option '{option.Name}' of /{command.Name} has the wrong type; the command definitions may be stale (run `chatops discord register`).", out error);
            if (option.Text is { } text && text.Any(char.IsControl))
                return Fail($"Option '{option.Name}' contains a line break or control character; write it on one line.", out error);
            if (!values.TryAdd(option.Name, option)) return Fail($"Option '{option.Name}' was given twice.", out error);
        }
        if (command.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name)) is { } missing)
            return Fail($"/{command.Name} needs the option '{missing.Name}' ({missing.Description}).", out error);

        line = command.Kind switch
        {
            SlashCommandKind.RawLine => ScriptLine(command, values[command.Options[0].Name].Text!),
            SlashCommandKind.HelpTopic => values.TryGetValue("topic", out var topic) && topic.Text!.Trim().Length > 0
                ? command.Verb + " " + Quote(topic.Text!.Trim())
                : command.Verb,
            _ => KeyValues(command, values),
        };
        error = null;
        return true;
    }

    private static bool TryButton(Interaction interaction, [NotNullWhen(true)] out string? line, [NotNullWhen(false)] out string? error)
    {
        line = null;
        if (interaction.ComponentType != ButtonComponentType) return Fail("This bot only answers its own buttons.", out error);
        if (!ButtonCommand.TryLine(interaction.CustomId, out line, out var problem)) return Fail($"This button is not one of this bot's: {problem}.", out error);
        error = null;
        return true;
    }

    /// <summary>
    /// A value as the war-room grammar reads it: bare when it is one plain word, else in double quotes with
    /// backslash and double quote escaped.
    /// </summary>
    internal static string Quote(string value)
    {
        if (value.Length > 0 && value.All(IsBare)) return value;
        return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static bool IsBare(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':' or '/' or '@' or '+';

    /// <summary>/run only runs scripts: `Print value=hi` gets its `!`, and `/docker_...` typed here cannot become a built-in command.</summary>
    private static string ScriptLine(SlashCommand command, string typed)
    {
        var line = typed.Trim();
        return line.StartsWith(command.Verb, StringComparison.Ordinal) ? line : command.Verb + line;
    }

    private static string KeyValues(SlashCommand command, Dictionary<string, InteractionOption> values)
    {
        var line = new StringBuilder(command.Verb);
        // Declaration order, not the order Discord lists them: one interaction, one line.
        foreach (var spec in command.Options)
        {
            if (!values.TryGetValue(spec.Name, out var option)) continue;
            line.Append(' ').Append(spec.Name).Append('=');
            line.Append(option.Flag is { } flag ? (flag ? "true" : "false") : Quote(option.Text!));
        }
        return line.ToString();
    }

    private static string OptionList(SlashCommand command) => string.Join(", ", command.Options.Select(o => o.Name));

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
