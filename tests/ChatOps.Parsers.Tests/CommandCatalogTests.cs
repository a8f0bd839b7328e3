using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class CommandCatalogTests
{
    [Fact]
    public void The_catalog_lists_the_built_in_commands()
    {
        Assert.Equal(
            ["/docker_image_create", "/docker_image_update", "/docker_images", "/docker_image_info", "/docker_image_delete", "/docker_image_prune", "/docker_image_diff", "/docker_image_approve", "/docker_image_deny", "/docker_image_approvals", "/engines", "/content_update_images", "/integration_test", "/run", "/audit", "/help"],
            CommandCatalog.All.Select(c => c.Verb));
    }

    [Fact]
    public void Create_requires_only_a_name()
    {
        var create = CommandCatalog.Find("/docker_image_create")!;

        Assert.Equal(["name"], create.Arguments.Where(a => a.Required).Select(a => a.Key));
        Assert.Equal(["name", "dependencies", "packages", "base", "force"], create.Arguments.Select(a => a.Key));
    }

    [Fact]
    public void Every_usage_line_starts_with_its_verb_and_every_command_has_a_summary()
    {
        Assert.All(CommandCatalog.All, spec =>
        {
            Assert.StartsWith(spec.Verb, spec.Usage);
            Assert.False(string.IsNullOrWhiteSpace(spec.Summary));
            Assert.All(spec.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Description)));
        });
    }

    [Fact]
    public void Every_argument_example_in_the_catalog_parses()
    {
        // Help and tab completion show these examples, so each must be accepted as written.
        foreach (var spec in CommandCatalog.All)
        {
            foreach (var argument in spec.Arguments)
            {
                var required = spec.Arguments.Where(a => a.Required && a.Key != argument.Key).Select(a => $" {a.Key}={a.Example}");
                var line = spec.Kind == CommandKind.KeyValues
                    ? $"{spec.Verb}{string.Concat(required)} {argument.Key}={argument.Example}"
                    : $"{spec.Verb} {argument.Example}"; // /run's line and /help's topic are written without their key
                Assert.True(CommandParser.TryParse(line, out _, out var error), $"{line}: {error}");
            }
        }
    }

    [Fact]
    public void Every_catalog_verb_parses_on_its_own_or_asks_for_what_it_needs()
    {
        foreach (var spec in CommandCatalog.All)
        {
            if (CommandParser.TryParse(spec.Verb, out var command, out var error))
                Assert.Equal(spec.Verb, command.Verb);
            else
                Assert.Equal(spec.Usage, error.Usage);
        }
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_verb()
    {
        Assert.Null(CommandCatalog.Find("/nope"));
    }
}
