using ChatOps.Bots.Console.Completion;
using ChatOps.Bots.Console.Editing;
using ChatOps.Bots.Console.History;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Parsers;

namespace ChatOps.Bots.Tests.Console.Editing;

public sealed class LineEditorTests
{
    private readonly CommandHistory _history = new(10);
    private readonly LineEditor _editor;

    public LineEditorTests()
    {
        var images = new CommandSpec("/docker_images", "/docker_images [name=NAME]", "list", [new ArgumentSpec("name", false, "filter", "py")]);
        var create = new CommandSpec("/docker_image_create", "/docker_image_create name=NAME", "create", [new ArgumentSpec("name", true, "name", "x")]);
        _editor = new LineEditor(_history, new CommandCompleter([images, create], () => ["!Print"], ["exit", "quit"]));
    }

    private EditResult Press(params IEnumerable<ConsoleKeyInfo> keys)
    {
        EditResult? last = null;
        foreach (var key in keys) last = _editor.Handle(key);
        return last!;
    }

    private string Line => _editor.Buffer.Text;

    private int Cursor => _editor.Buffer.Cursor;

    [Fact]
    public void Typed_characters_are_inserted_at_the_cursor()
    {
        Press(Keys.Type("helo"));
        Press(Keys.Left);
        Press(Keys.Char('l'));

        Assert.Equal("hello", Line);
        Assert.Equal(4, Cursor);
    }

    [Fact]
    public void Home_and_end_and_the_arrows_move_the_cursor()
    {
        Press(Keys.Type("abc"));

        Press(Keys.Home);
        Assert.Equal(0, Cursor);
        Press(Keys.Right);
        Assert.Equal(1, Cursor);
        Press(Keys.End);
        Assert.Equal(3, Cursor);
        Press(Keys.Ctrl('a'));
        Assert.Equal(0, Cursor);
        Press(Keys.Ctrl('e'));
        Assert.Equal(3, Cursor);
    }

    [Fact]
    public void Moving_past_either_end_rings_the_bell_and_changes_nothing()
    {
        Press(Keys.Type("ab"));

        Assert.Equal(EditOutcome.Bell, Press(Keys.Right).Outcome);
        Press(Keys.Home);
        Assert.Equal(EditOutcome.Bell, Press(Keys.Left).Outcome);
        Assert.Equal(EditOutcome.Bell, Press(Keys.Backspace).Outcome);
        Assert.Equal("ab", Line);
    }

    [Fact]
    public void Backspace_removes_before_the_cursor_and_delete_under_it()
    {
        Press(Keys.Type("abcd"));
        Press(Keys.Left, Keys.Left);

        Press(Keys.Backspace);
        Assert.Equal("acd", Line);
        Press(Keys.Delete);
        Assert.Equal("ad", Line);
        Assert.Equal(1, Cursor);
    }

    [Fact]
    public void Ctrl_w_deletes_the_word_before_the_cursor()
    {
        Press(Keys.Type("/docker_images name=x  "));

        Press(Keys.Ctrl('w'));

        Assert.Equal("/docker_images ", Line);
    }

    [Fact]
    public void Ctrl_u_and_ctrl_k_delete_to_either_end()
    {
        Press(Keys.Type("abcdef"));
        Press(Keys.Left, Keys.Left, Keys.Left);

        Press(Keys.Ctrl('k'));
        Assert.Equal("abc", Line);
        Press(Keys.Left);
        Press(Keys.Ctrl('u'));
        Assert.Equal("c", Line);
        Assert.Equal(0, Cursor);
    }

    [Fact]
    public void Enter_submits_the_whole_line_wherever_the_cursor_is_and_starts_an_empty_one()
    {
        Press(Keys.Type("help"));
        Press(Keys.Home);

        var result = Press(Keys.Enter);

        Assert.Equal(EditOutcome.Submit, result.Outcome);
        Assert.Equal("help", result.Line);
        Assert.Equal("", Line);
    }

    [Fact]
    public void Ctrl_d_leaves_on_an_empty_line_and_deletes_a_character_otherwise()
    {
        Press(Keys.Type("ab"));
        Press(Keys.Home);

        Assert.Equal(EditOutcome.Redraw, Press(Keys.Ctrl('d')).Outcome);
        Assert.Equal("b", Line);
        Press(Keys.Ctrl('d'));
        Assert.Equal(EditOutcome.Exit, Press(Keys.Ctrl('d')).Outcome);
    }

    [Fact]
    public void Ctrl_c_throws_the_line_away()
    {
        Press(Keys.Type("/docker_images"));

        var result = Press(Keys.Ctrl('c'));

        Assert.Equal(EditOutcome.Interrupted, result.Outcome);
        Assert.Equal("", Line);
    }

    [Fact]
    public void A_bare_control_character_counts_as_its_ctrl_key()
    {
        Press(Keys.Type("abc"));

        var result = Press(new ConsoleKeyInfo('\u0003', 0, false, false, false));

        Assert.Equal(EditOutcome.Interrupted, result.Outcome);
        Assert.Equal(EditOutcome.Exit, Press(new ConsoleKeyInfo('\u0004', 0, false, false, false)).Outcome);
    }

    [Fact]
    public void Control_characters_and_unbound_ctrl_keys_never_reach_the_line()
    {
        Press(Keys.Type("a"));

        Assert.Equal(EditOutcome.Bell, Press(new ConsoleKeyInfo('\0', 0, false, false, false)).Outcome);
        Assert.Equal(EditOutcome.Bell, Press(new ConsoleKeyInfo('\u007f', 0, false, false, false)).Outcome);
        Assert.Equal(EditOutcome.Bell, Press(Keys.Ctrl('z')).Outcome);
        Assert.Equal("a", Line);
    }

    [Fact]
    public void Up_and_down_walk_the_history_and_come_back_to_the_unfinished_line()
    {
        _history.Add("/docker_images");
        _history.Add("help");
        Press(Keys.Type("/dock"));

        Press(Keys.Up);
        Assert.Equal("help", Line);
        Press(Keys.Up);
        Assert.Equal("/docker_images", Line);
        Assert.Equal(EditOutcome.Bell, Press(Keys.Up).Outcome);
        Press(Keys.Down);
        Press(Keys.Down);
        Assert.Equal("/dock", Line);
        Assert.Equal(EditOutcome.Bell, Press(Keys.Down).Outcome);
    }

    [Fact]
    public void A_recalled_line_can_be_edited_and_submitted()
    {
        _history.Add("/docker_images name=py");
        Press(Keys.Up);
        Press(Keys.Backspace, Keys.Backspace);

        var result = Press(Keys.Enter);

        Assert.Equal("/docker_images name=", result.Line);
    }

    [Fact]
    public void Tab_finishes_the_only_matching_command_and_adds_a_blank()
    {
        Press(Keys.Type("/docker_image_c"));

        Press(Keys.Tab);

        Assert.Equal("/docker_image_create ", Line);
        Assert.Equal(Line.Length, Cursor);
    }

    [Fact]
    public void Tab_finishes_an_argument_key_up_to_its_equals_sign()
    {
        Press(Keys.Type("/docker_images na"));

        Press(Keys.Tab);

        Assert.Equal("/docker_images name=", Line);
    }

    [Fact]
    public void Tab_with_several_matches_first_extends_the_common_prefix_then_lists_them()
    {
        Press(Keys.Type("/d"));

        Assert.Equal(EditOutcome.Redraw, Press(Keys.Tab).Outcome);
        Assert.Equal("/docker_image", Line);
        var listed = Press(Keys.Tab);

        Assert.Equal(EditOutcome.ShowCandidates, listed.Outcome);
        Assert.Equal(["/docker_image_create", "/docker_images"], listed.Candidates);
        Assert.Equal("/docker_image", Line);
    }

    [Fact]
    public void Tab_with_nothing_to_offer_rings_the_bell()
    {
        Press(Keys.Type("/zzz"));

        Assert.Equal(EditOutcome.Bell, Press(Keys.Tab).Outcome);
        Assert.Equal("/zzz", Line);
    }

    [Fact]
    public void Tab_completes_a_script_name_in_its_own_spelling()
    {
        Press(Keys.Type("!pr"));

        Press(Keys.Tab);

        Assert.Equal("!Print ", Line);
    }
}
