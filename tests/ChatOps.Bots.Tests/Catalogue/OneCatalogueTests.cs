using System.Text.Json;
using ChatOps.Bots.Discord.Commands;
using ChatOps.Bots.Slack.Manifest;
using ChatOps.Parsers;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Bots.Tests.Catalogue;

/// <summary>The war room's one command catalogue is what every surface offers: the parser, help, Discord, Slack.</summary>
public sealed class OneCatalogueTests
{
    private static readonly IReadOnlyList<string> Verbs = CommandCatalog.All.Select(c => c.Verb).ToList();

    [Fact]
    public void Discord_registers_exactly_the_catalogues_commands_with_its_descriptions_and_keys()
    {
        using var json = JsonDocument.Parse(SlashCommandCatalog.ToRegistrationJson());
        var registered = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(Verbs, registered.Select(c => "/" + c.GetProperty("name").GetString()));
        Assert.Equal(CommandCatalog.All.Select(c => c.Summary), registered.Select(c => c.GetProperty("description").GetString()));
        foreach (var (spec, command) in CommandCatalog.All.Zip(registered))
            Assert.Equal(spec.Arguments.Select(a => a.Key).Order(), command.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).Order());
    }

    [Fact]
    public void The_committed_slack_manifest_is_the_one_the_catalogue_makes()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "slack", "manifest.yml"));

        Assert.True(committed == SlackManifest.Render(), "slack/manifest.yml differs from the catalogue: run ./chatops slack manifest > slack/manifest.yml");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(committed));
        var commands = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["features"])["slash_commands"];
        Assert.Equal(Verbs, commands.Children.Select(c => ((YamlScalarNode)((YamlMappingNode)c)["command"]).Value));
        Assert.Equal(CommandCatalog.All.Select(c => c.Summary), commands.Children.Select(c => ((YamlScalarNode)((YamlMappingNode)c)["description"]).Value));
    }

    [Fact]
    public void Every_command_of_the_catalogue_parses_as_every_platform_sends_it_and_fits_discords_limits()
    {
        foreach (var spec in CommandCatalog.All)
        {
            Assert.True(spec.Summary.Length <= 100, $"{spec.Verb}'s summary is {spec.Summary.Length} characters; Discord takes 100");
            // The required arguments; a command whose arguments are all optional but which needs one of them
            // (/docker_image_update) gets its first.
            var given = spec.Arguments.Where(a => a.Required).DefaultIfEmpty(spec.Kind == CommandKind.KeyValues ? spec.Arguments.FirstOrDefault() : null).OfType<ArgumentSpec>();
            var required = string.Concat(given.Select(a => spec.Kind == CommandKind.ScriptLine ? " " + a.Example : $" {a.Key}={a.Example}"));
            Assert.True(CommandParser.TryParse(spec.Verb + required, out _, out var error), $"{spec.Verb}{required}: {error?.Message}");
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChatOps.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("the repository root (ChatOps.sln) was not found above " + AppContext.BaseDirectory);
    }
}
