using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class RunScriptCommandTests
{
    [Fact]
    public void A_script_call_keeps_every_argument_as_text_with_its_column()
    {
        var run = Parsing.Command<RunScriptCommand>("!Print value=\"hello world\" count=3 url=http://x/y?a=b");

        Assert.Equal("Print", run.ScriptName);
        Assert.Equal("!Print", run.Verb);
        Assert.Equal(
            [new ScriptArgument("value", "hello world", 8), new ScriptArgument("count", "3", 28), new ScriptArgument("url", "http://x/y?a=b", 36)],
            run.Arguments);
    }

    [Fact]
    public void A_first_value_without_a_key_is_kept_for_the_scripts_default_argument()
    {
        var bare = Parsing.Command<RunScriptCommand>("!Print hello");
        var quoted = Parsing.Command<RunScriptCommand>("!ip \"8.8.8.8\" using=intel");

        Assert.Equal(new UnnamedValue("hello", 8), bare.Unnamed);
        Assert.Empty(bare.Arguments);
        Assert.Equal(new UnnamedValue("8.8.8.8", 5), quoted.Unnamed);
        Assert.Equal([new ScriptArgument("using", "intel", 15)], quoted.Arguments);
        Assert.Null(Parsing.Command<RunScriptCommand>("!Print value=hello").Unnamed);
    }

    [Fact]
    public void Run_followed_by_a_script_line_is_that_script_line_as_slack_and_discord_send_it()
    {
        var run = Parsing.Command<RunScriptCommand>("/run !Print hello tone=warm");

        Assert.Equal("Print", run.ScriptName);
        Assert.Equal(new UnnamedValue("hello", 13), run.Unnamed);
        Assert.Equal([new ScriptArgument("tone", "warm", 19)], run.Arguments);
        Parsing.AssertError("/run Print", "/run needs a script line after it, starting with !, e.g. /run !Print value=hi", 6);
    }

    [Fact]
    public void Only_one_value_may_go_without_a_key()
    {
        Parsing.AssertError("!Print hello world",
            "found \"world\" after the value \"hello\"; only one value may go without a key: quote a value with spaces (\"two words\") and write the other arguments as key=value",
            14);
    }

    [Fact]
    public void A_script_without_arguments_has_none()
    {
        var run = Parsing.Command<RunScriptCommand>("!Get-Time_2");

        Assert.Equal("Get-Time_2", run.ScriptName);
        Assert.Empty(run.Arguments);
    }

    [Fact]
    public void Quoted_values_understand_backslash_escapes()
    {
        var run = Parsing.Command<RunScriptCommand>(@"!Print a='it\'s' b=""say \""hi\"""" c=""one\ntwo"" d=""back\\slash"" e=""\d+""");

        Assert.Equal(["it's", "say \"hi\"", "one\ntwo", "back\\slash", "\\d+"], run.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void A_bare_value_may_hold_quotes_and_equals_signs_after_its_first_character()
    {
        var run = Parsing.Command<RunScriptCommand>("!Print value=don't expr=a==b");

        Assert.Equal(["don't", "a==b"], run.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void An_empty_quoted_value_is_an_empty_string()
    {
        Assert.Equal("", Parsing.Command<RunScriptCommand>("!Print value=\"\"").Arguments.Single().Value);
    }

    [Fact]
    public void Keys_may_hold_dots_and_dashes()
    {
        Assert.Equal(["_a.b-c"], Parsing.Command<RunScriptCommand>("!Print _a.b-c=1").Arguments.Select(a => a.Key));
    }

    [Fact]
    public void A_repeated_script_key_is_refused()
    {
        var error = Parsing.AssertError("!Print value=a value=b", "key \"value\" is given twice (first at column 8); give each key once", 16);

        Assert.Equal("!Print key=value ...", error.Usage);
    }

    [Fact]
    public void A_script_key_with_a_bad_character_is_refused()
    {
        Parsing.AssertError("!Print a;b=1", "key \"a;b\" is not valid: \";\" is not allowed; a key is a letter or '_' followed by letters, digits, '_', '.' and '-'", 9);
    }

    [Fact]
    public void A_script_key_without_a_value_is_refused()
    {
        Parsing.AssertError("!Print value=", "value= needs a value; write value=\"\" for an empty one", 14);
    }

    [Fact]
    public void A_bad_script_name_is_refused()
    {
        var error = Parsing.AssertError("!Print$ value=1", "script name \"Print$\" is not valid: \"$\" is not allowed; a script name is a letter followed by letters, digits, '_' and '-'", 7);

        Assert.Equal("!ScriptName key=value ...", error.Usage);
    }

    [Fact]
    public void A_lone_exclamation_mark_asks_for_a_script_name()
    {
        Parsing.AssertError("! Print", "expected a script name after \"!\", e.g. !Print", 2);
    }

    [Fact]
    public void Bare_values_may_start_with_a_slash_or_an_exclamation_mark()
    {
        var run = Parsing.Command<RunScriptCommand>("!Print path=/tmp/x/y.txt not=!important cmd=/docker_images");

        Assert.Equal(["/tmp/x/y.txt", "!important", "/docker_images"], run.Arguments.Select(a => a.Value));
    }
}
