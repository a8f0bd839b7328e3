using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Binding;

/// <summary><c>help</c>, <c>help /command</c> or <c>help !ScriptName</c>.</summary>
internal static class HelpBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        if (line.Items.Count == 0) return Bound.Ok(new HelpCommand(null));
        if (line.Items.Count > 1)
            return Bound.Fail($"help takes one topic, e.g. help /docker_image_create; found {Written(line.Items[1])} after it", line.Items[1].Column, spec.Usage);

        var topic = line.Items[0];
        switch (topic)
        {
            case RawToken { Kind: CommandToken.Script } script:
                var violation = ScriptNameRule.CheckName(script.Text[1..]);
                return violation is null
                    ? Bound.Ok(new HelpCommand(script.Text))
                    : Bound.Fail(violation.Message, script.Column + 1 + violation.Offset, spec.Usage);
            case RawToken { Kind: CommandToken.Command or CommandToken.Word } word:
                return CommandCatalog.Find(word.Text) is not null
                    ? Bound.Ok(new HelpCommand(word.Text))
                    : UnknownCommand.For(word);
            default:
                return Bound.Fail($"help takes a command or a script, e.g. help /docker_image_create or help !Print; found {Written(topic)}", topic.Column, spec.Usage);
        }
    }

    static string Written(RawItem item) => item switch
    {
        RawToken token => token.Displayed,
        RawArgument argument => Shown.Quote(argument.Key + "=" + (argument.Value?.Text ?? "")),
        _ => "",
    };
}
