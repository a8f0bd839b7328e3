using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution;

namespace ChatOps.Tests.Execution;

public sealed class ScriptArgumentBinderTests
{
    private static readonly ContentScript Script = new("Id", "Tool", "", "python", "python3", null,
        [
            new ContentArgument("target", true, null, false, "Host to check."),
            new ContentArgument("ports", false, "22,443", true, ""),
            new ContentArgument("mode", false, "fast", false, ""),
            new ContentArgument("note", false, null, false, ""),
        ],
        false, "", "Tool.yml");

    private static ArgumentBinding Bind(params (string Key, string Value)[] given) =>
        ScriptArgumentBinder.Bind(Script, given.Select((g, i) => (g.Key, (JsonNode?)JsonValue.Create(g.Value), (int?)(i + 7))));

    [Fact]
    public void Defaults_are_applied_and_list_values_stay_the_string_typed_as_xsoar_passes_them()
    {
        var binding = Bind(("target", "h1"), ("ports", " 80, ,8080 "));

        Assert.Equal("""{"target":"h1","ports":" 80, ,8080 ","mode":"fast"}""", binding.Args!.ToJsonString());
    }

    [Fact]
    public void A_list_default_is_a_string_too()
    {
        Assert.Equal("\"22,443\"", Bind(("target", "h")).Args!["ports"]!.ToJsonString());
    }

    [Fact]
    public void A_missing_required_argument_is_named_with_its_description()
    {
        var binding = Bind(("mode", "slow"));

        Assert.Equal(("!Tool needs target=... (Host to check.).", (int?)null), (binding.Error, binding.Column));
    }

    [Fact]
    public void An_unknown_key_lists_the_valid_ones_and_points_at_its_column()
    {
        var binding = Bind(("target", "h"), ("prots", "1"));

        Assert.Equal(("!Tool has no argument 'prots'. Its arguments are: target, ports, mode, note.", (int?)8), (binding.Error, binding.Column));
    }

    [Fact]
    public void A_key_given_twice_is_refused()
    {
        Assert.Equal("'target' is given twice; give it once.", Bind(("target", "a"), ("target", "b")).Error);
    }

    [Fact]
    public void A_list_from_executeCommand_passes_as_a_list()
    {
        var binding = ScriptArgumentBinder.Bind(Script, [("target", (JsonNode?)"h", null), ("ports", new JsonArray("1", "2"), null)]);

        Assert.Equal("""["1","2"]""", binding.Args!["ports"]!.ToJsonString());
    }
}
