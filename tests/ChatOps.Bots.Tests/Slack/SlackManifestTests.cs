using YamlDotNet.RepresentationModel;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>slack/manifest.yml declares what the adapter serves: the six commands, at the endpoint it maps, with the scopes it uses.</summary>
public sealed class SlackManifestTests
{
    private static YamlMappingNode Manifest()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "slack", "manifest.yml"))) folder = folder.Parent;
        Assert.NotNull(folder);
        var yaml = new YamlStream();
        using var reader = File.OpenText(Path.Combine(folder.FullName, "slack", "manifest.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    [Fact]
    public void The_manifest_declares_every_war_room_command_at_the_slack_commands_endpoint()
    {
        var commands = ((YamlSequenceNode)At(Manifest(), "features", "slash_commands")).Children.Cast<YamlMappingNode>().ToList();

        Assert.Equal(["/docker_image_create", "/docker_image_update", "/docker_images", "/docker_image_info", "/docker_image_delete", "/docker_image_prune", "/docker_image_diff", "/docker_image_approve", "/docker_image_deny", "/docker_image_approvals", "/engines", "/content_update_images", "/integration_test", "/run", "/audit", "/help"], commands.Select(c => At(c, "command").ToString()));
        Assert.All(commands, c =>
        {
            var url = new Uri(At(c, "url").ToString());
            Assert.Equal("https", url.Scheme);
            Assert.Equal("/slack/commands", url.AbsolutePath);
            Assert.Equal("false", At(c, "should_escape").ToString());
        });
    }

    [Fact]
    public void The_manifest_asks_for_the_bot_scopes_the_adapter_uses_and_no_others()
    {
        var scopes = ((YamlSequenceNode)At(Manifest(), "oauth_config", "scopes", "bot")).Children.Select(s => s.ToString());
        Assert.Equal(["commands", "chat:write", "files:write", "usergroups:read"], scopes);
    }
}
