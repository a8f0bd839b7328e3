using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary>
/// <c>/run !ScriptName ...</c>: the way chat platforms reach scripts (Slack and Discord have no `!` commands), and
/// so the console's too; what follows /run is bound exactly as a script line typed alone.
/// </summary>
internal static class RunBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        if (line.Items.FirstOrDefault() is RawToken { Kind: CommandToken.Script } script)
            return ScriptBinder.Bind(new RawLine(script, line.Items.Skip(1).ToList()), lineEnd);
        var column = line.Items.FirstOrDefault()?.Column ?? lineEnd;
        return Bound.Fail("/run needs a script line after it, starting with !, e.g. /run !Print value=hi", column, spec.Usage);
    }
}
