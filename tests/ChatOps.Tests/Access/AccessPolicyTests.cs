using ChatOps.Access;
using ChatOps.Parsers.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly ListImagesCommand List = new(null, null);
    private static readonly CreateImageCommand Create = new("example", [], [], null, false);

    /// <summary>Binds the Access section from configuration keys, as appsettings.json would give them.</summary>
    private static AccessPolicy Policy(Dictionary<string, string?> keys, string localUser = "operator")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(keys).Build();
        var options = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        return new AccessPolicy(Microsoft.Extensions.Options.Options.Create(options), new CommandPermissions(), localUser);
    }

    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["Access:Admins:0"] = "slack:UADMIN",
        ["Access:Admins:1"] = "discord:role:777",
        ["Access:Roles:viewer:0"] = "images.list",
        ["Access:Roles:builder:0"] = "images.list",
        ["Access:Roles:builder:1"] = "images.create",
        ["Access:Roles:runner:0"] = "scripts.run:Print",
        ["Access:Roles:utility:0"] = "scripts.run:tag:Utility",
        ["Access:Grants:0:To"] = "slack:U0123",
        ["Access:Grants:0:Roles:0"] = "builder",
        ["Access:Grants:1:To"] = "discord:role:5678",
        ["Access:Grants:1:Roles:0"] = "builder",
        ["Access:Grants:1:Channels:0"] = "discord:9012",
        ["Access:Grants:2:To"] = "slack:CWARROOM",
        ["Access:Grants:2:Roles:0"] = "viewer",
        ["Access:Grants:3:To"] = "slack:group:S0123",
        ["Access:Grants:3:Roles:0"] = "runner",
    };

    [Fact]
    public void Without_an_Access_section_everyone_may_run_everything()
    {
        var policy = Policy([]);

        Assert.Null(policy.Refuse(new ChatMessage("slack", "UANYONE", "CANY", "/docker_image_create name=example"), Create));
        Assert.Null(policy.Refuse(new ChatMessage("discord", "42", "43", "!Print"), new RunScriptCommand("Print", [])));
    }

    [Fact]
    public void A_user_granted_a_role_may_use_its_permissions_and_nothing_else()
    {
        var policy = Policy(Configured);
        var alice = new ChatMessage("slack", "U0123", "CELSEWHERE", "/docker_images");

        Assert.Null(policy.Refuse(alice, List));
        Assert.Null(policy.Refuse(alice, Create));
        Assert.NotNull(policy.Refuse(alice, new UpdateImageCommand(null, true)));
    }

    [Fact]
    public void Once_any_rule_exists_a_user_with_no_grant_is_refused_with_the_missing_permission_and_the_admins()
    {
        var policy = Policy(Configured);

        var refusal = policy.Refuse(new ChatMessage("slack", "U9999", "CELSEWHERE", "/docker_image_create name=example"), Create);

        Assert.Equal(
            "slack:U9999 may not run /docker_image_create in slack:CELSEWHERE: it needs the permission images.create. " +
            "Ask an admin to grant it: slack:UADMIN, discord:role:777.",
            refusal?.Message);
    }

    [Fact]
    public void The_refusal_without_admins_says_none_is_configured_naming_the_setting_to_an_admin_only()
    {
        var policy = Policy(new() { ["Access:Roles:viewer:0"] = "images.list" });

        var refusal = policy.Refuse(new ChatMessage("discord", "1234", "9012", "/docker_images"), List)!;

        Assert.Equal(
            "discord:1234 may not run /docker_images in discord:9012: it needs the permission images.list. " +
            "No admin is configured to grant it; ask whoever runs the bot.",
            refusal.SaidTo(admin: false).Message);
        Assert.EndsWith("No admin is configured (Access:Admins) to grant it.", refusal.SaidTo(admin: true).Message);
    }

    [Fact]
    public void Admins_are_the_listed_principals_and_the_console_user_never_a_chat_user_because_no_rule_exists()
    {
        var open = Policy(new());
        var configured = Policy(Configured);
        var console = new ChatMessage("console", "operator", "console", "/docker_images");

        Assert.False(open.IsAdmin(new ChatMessage("slack", "UANYONE", "CANY", "/docker_images")));
        Assert.True(open.IsAdmin(console));
        Assert.False(open.IsAdmin(console with { User = "someone-else" }));
        Assert.True(configured.IsAdmin(new ChatMessage("slack", "UADMIN", "CANY", "/docker_images")));
        Assert.False(Policy(new(Configured) { ["Access:LocalUserIsAdmin"] = "false" }).IsAdmin(console));
    }

    [Fact]
    public void Help_is_allowed_to_everyone_even_once_rules_exist()
    {
        var policy = Policy(Configured);

        Assert.Null(policy.Refuse(new ChatMessage("slack", "U9999", "CELSEWHERE", "help"), new HelpCommand(null)));
    }

    [Fact]
    public void A_channel_grant_gives_its_roles_to_everyone_in_that_channel_only()
    {
        var policy = Policy(Configured);

        Assert.Null(policy.Refuse(new ChatMessage("slack", "U9999", "CWARROOM", "/docker_images"), List));
        Assert.NotNull(policy.Refuse(new ChatMessage("slack", "U9999", "CWARROOM", "/docker_image_create name=example"), Create));
        Assert.NotNull(policy.Refuse(new ChatMessage("slack", "U9999", "COTHER", "/docker_images"), List));
    }

    [Fact]
    public void A_discord_role_grant_limited_to_a_channel_holds_there_and_nowhere_else()
    {
        var policy = Policy(Configured);

        Assert.Null(policy.Refuse(new ChatMessage("discord", "1234", "9012", "/docker_images", ["5678"]), Create));
        Assert.NotNull(policy.Refuse(new ChatMessage("discord", "1234", "1111", "/docker_images", ["5678"]), Create));
        Assert.NotNull(policy.Refuse(new ChatMessage("discord", "1234", "9012", "/docker_images"), Create));
    }

    [Fact]
    public void A_slack_user_group_grant_covers_its_members()
    {
        var policy = Policy(Configured);

        Assert.Null(policy.Refuse(new ChatMessage("slack", "U9999", "COTHER", "!Print", ["S0123"]), new RunScriptCommand("Print", [])));
        Assert.NotNull(policy.Refuse(new ChatMessage("slack", "U9999", "COTHER", "!Print"), new RunScriptCommand("Print", [])));
    }

    [Fact]
    public void Admins_by_user_or_by_role_may_do_everything()
    {
        var policy = Policy(Configured);

        Assert.Null(policy.Refuse(new ChatMessage("slack", "UADMIN", "CANY", "/docker_image_update all=true"), new UpdateImageCommand(null, true)));
        Assert.Null(policy.Refuse(new ChatMessage("discord", "1", "2", "/content_update_images", ["777"]), new ContentUpdateCommand()));
    }

    [Fact]
    public void The_consoles_local_user_is_an_admin_unless_configured_otherwise()
    {
        var console = new ChatMessage("console", "operator", "console", "/docker_image_create name=example");
        var exec = console with { Platform = "exec", Channel = "exec" };

        Assert.Null(Policy(Configured).Refuse(console, Create));
        Assert.Null(Policy(Configured).Refuse(exec, Create));
        Assert.NotNull(Policy(Configured).Refuse(console with { User = "someone-else" }, Create));
        Assert.NotNull(Policy(new(Configured) { ["Access:LocalUserIsAdmin"] = "false" }).Refuse(console, Create));
    }

    [Fact]
    public void Console_star_grants_every_console_user()
    {
        var policy = Policy(new(Configured) { ["Access:Grants:4:To"] = "console:*", ["Access:Grants:4:Roles:0"] = "viewer" });

        Assert.Null(policy.Refuse(new ChatMessage("console", "guest", "console", "/docker_images"), List));
    }
}
