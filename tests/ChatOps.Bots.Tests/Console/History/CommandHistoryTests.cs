using ChatOps.Bots.Console.History;

namespace ChatOps.Bots.Tests.Console.History;

public sealed class CommandHistoryTests
{
    [Fact]
    public void Only_the_newest_entries_up_to_the_capacity_are_kept()
    {
        var history = new CommandHistory(3);

        foreach (var line in new[] { "a", "b", "c", "d", "e" }) history.Add(line);

        Assert.Equal(["c", "d", "e"], history.Entries);
    }

    [Fact]
    public void Blank_lines_and_a_repeat_of_the_newest_entry_are_not_added()
    {
        var history = new CommandHistory(10);

        Assert.True(history.Add("help"));
        Assert.False(history.Add("help"));
        Assert.False(history.Add("   "));
        Assert.True(history.Add("/docker_images"));
        Assert.True(history.Add("help"));

        Assert.Equal(["help", "/docker_images", "help"], history.Entries);
    }

    [Fact]
    public void Entries_loaded_from_before_are_bounded_too()
    {
        var history = new CommandHistory(2, ["a", "b", "c"]);

        Assert.Equal(["b", "c"], history.Entries);
        Assert.Equal("c", history.Previous(""));
    }

    [Fact]
    public void Adding_a_line_starts_the_next_walk_from_the_newest_entry()
    {
        var history = new CommandHistory(10, ["a", "b"]);
        history.Previous("");
        history.Previous("");

        history.Add("c");

        Assert.Equal("c", history.Previous(""));
    }
}
