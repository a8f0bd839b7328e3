using ChatOps.Bots.Console.Completion;
using ChatOps.Parsers;

namespace ChatOps.Bots.Tests.Console.Completion;

public sealed class CommandCompleterTests
{
    private static readonly CommandSpec Create = new(
        "/docker_image_create", "/docker_image_create name=NAME [dependencies=A,B] [packages=P] [base=IMAGE]", "build an image",
        [
            new ArgumentSpec("name", true, "image name", "example_name"),
            new ArgumentSpec("dependencies", false, "python libraries", "requests"),
            new ArgumentSpec("packages", false, "OS packages", "wget"),
            new ArgumentSpec("base", false, "base image", "demisto/python3-deb:3.11.2.1"),
        ]);

    private static readonly CommandSpec Update = new("/docker_image_update", "/docker_image_update image=IMAGE | all=true", "update",
        [new ArgumentSpec("image", false, "image", "demisto/x"), new ArgumentSpec("all", false, "all", "true")]);

    private static readonly CommandSpec List = new("/docker_images", "/docker_images [name=NAME]", "list", [new ArgumentSpec("name", false, "filter", "py")]);

    private readonly CommandCompleter _completer = new([Create, Update, List], () => ["!Print", "!PrintContext", "!Set"], ["exit", "quit"]);

    private CompletionOffer Complete(string line) => _completer.Complete(line, line.Length);

    [Fact]
    public void The_first_word_completes_from_the_command_names()
    {
        var completion = Complete("/docker_image_c");

        Assert.Equal(["/docker_image_create"], completion.Candidates);
        Assert.Equal(0, completion.Start);
        Assert.Equal(15, completion.Length);
        Assert.True(completion.AppendSpace);
    }

    [Fact]
    public void A_shared_prefix_offers_every_command_that_has_it()
    {
        Assert.Equal(["/docker_image_create", "/docker_image_update", "/docker_images"], Complete("/dock").Candidates);
        Assert.Equal("/docker_image", Complete("/dock").CommonPrefix());
    }

    [Fact]
    public void Help_and_the_repl_words_are_command_names_too()
    {
        Assert.Equal(["help"], Complete("he").Candidates);
        Assert.Equal(["exit"], Complete("ex").Candidates);
    }

    [Fact]
    public void Script_names_complete_ignoring_case_and_keep_their_spelling()
    {
        Assert.Equal(["!Print", "!PrintContext"], Complete("!pri").Candidates);
    }

    [Fact]
    public void The_word_after_help_completes_from_commands_and_scripts_but_not_help_itself()
    {
        var completion = Complete("help ");

        Assert.Contains("/docker_images", completion.Candidates);
        Assert.Contains("!Set", completion.Candidates);
        Assert.DoesNotContain("help", completion.Candidates);
        Assert.Equal(5, completion.Start);
        Assert.Equal(0, completion.Length);
    }

    [Fact]
    public void Only_one_word_follows_help()
    {
        Assert.Empty(Complete("help /docker_images ").Candidates);
    }

    [Fact]
    public void Later_words_complete_from_the_argument_keys_of_the_command_on_the_line()
    {
        var completion = Complete("/docker_image_create na");

        Assert.Equal(["name="], completion.Candidates);
        Assert.False(completion.AppendSpace);
        Assert.Equal(21, completion.Start);
    }

    [Fact]
    public void Keys_already_on_the_line_are_not_offered_again()
    {
        var completion = Complete("/docker_image_create name=x packages=wget ");

        Assert.Equal(["base=", "dependencies="], completion.Candidates);
    }

    [Fact]
    public void The_command_word_matches_ignoring_case()
    {
        Assert.Equal(["name="], Complete("/DOCKER_IMAGES n").Candidates);
    }

    [Fact]
    public void A_value_after_its_equals_sign_is_not_completed()
    {
        Assert.Empty(Complete("/docker_image_create name=").Candidates);
    }

    [Fact]
    public void Nothing_is_completed_inside_a_quoted_value()
    {
        Assert.Empty(Complete("/docker_image_create name=\"a b").Candidates);
    }

    [Fact]
    public void A_closed_quoted_value_does_not_hide_the_next_key()
    {
        Assert.Equal(["packages="], Complete("/docker_image_create dependencies=\"a, b\" pa").Candidates);
    }

    [Fact]
    public void Scripts_and_unknown_commands_have_no_keys_to_offer()
    {
        Assert.Empty(Complete("!Print va").Candidates);
        Assert.Empty(Complete("/nope n").Candidates);
    }

    [Fact]
    public void The_word_under_the_cursor_is_completed_not_the_end_of_the_line()
    {
        const string line = "/docker_ima name=x";
        var completion = _completer.Complete(line, 11);

        Assert.Equal(0, completion.Start);
        Assert.Equal(11, completion.Length);
        Assert.Equal(3, completion.Candidates.Count);
    }

    [Fact]
    public void Script_names_are_asked_for_each_time_so_new_content_shows_up()
    {
        var names = new List<string> { "!One" };
        var completer = new CommandCompleter([], () => names, []);
        Assert.Empty(completer.Complete("!Tw", 3).Candidates);

        names.Add("!Two");

        Assert.Equal(["!Two"], completer.Complete("!Tw", 3).Candidates);
    }
}
