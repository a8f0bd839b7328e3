namespace ChatOps.Parsers;

/// <summary>
/// What a command looks like: the one description every surface shows (help, usage lines in errors, tab
/// completion, Discord's registered commands, the Slack manifest). Summary is at most 100 characters, the limit of
/// Discord's descriptions; Aliases are other words that mean the same command (<c>help</c> for <c>/help</c>).
/// ButtonKey is the one key a message button may fill for this command (its value, an id); null for commands no
/// button runs (see <see cref="Buttons.ButtonCommand"/>).
/// </summary>
public sealed record CommandSpec(string Verb, string Usage, string Summary, IReadOnlyList<ArgumentSpec> Arguments,
    CommandKind Kind = CommandKind.KeyValues, IReadOnlyList<string>? Aliases = null, string? ButtonKey = null)
{
    /// <summary>The usage line without its verb: Slack's usage hint.</summary>
    public string ArgumentsHint => Usage[Verb.Length..].Trim();

    public bool IsCalled(string word) => Verb == word || (Aliases?.Contains(word) ?? false);
}
