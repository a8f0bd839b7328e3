using System.Text.Json;
using ChatOps.Bots.Discord.Commands;
using ChatOps.Bots.Discord.Interactions;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>One slash command, one war-room line; what a user types in an option stays inside that option.</summary>
public sealed class InteractionTranslatorTests
{
    private static string Translate(string command, params (string, object)[] options)
    {
        Assert.True(InteractionReader.TryRead(JsonDocument.Parse(InteractionJson.Command(command, options)).RootElement, out var interaction, out var problem), problem);
        Assert.True(InteractionTranslator.TryTranslate(interaction, out var line, out var error), error);
        return line;
    }

    private static string Refusal(string json)
    {
        Assert.True(InteractionReader.TryRead(JsonDocument.Parse(json).RootElement, out var interaction, out var problem), problem);
        Assert.False(InteractionTranslator.TryTranslate(interaction, out _, out var error));
        return error;
    }

    [Fact]
    public void A_create_becomes_one_line_with_lists_quoted_and_the_flag_bare() =>
        Assert.Equal("/docker_image_create name=x dependencies=\"a,b\" force=true",
            Translate("docker_image_create", ("force", true), ("dependencies", "a,b"), ("name", "x")));

    [Fact]
    public void Every_create_option_is_passed_in_declaration_order() =>
        Assert.Equal("/docker_image_create name=example_name dependencies=\"mechanize,requests\" packages=wget base=demisto/python3-deb:3.11.2.1 force=false",
            Translate("docker_image_create", ("base", "demisto/python3-deb:3.11.2.1"), ("packages", "wget"), ("name", "example_name"),
                ("dependencies", "mechanize,requests"), ("force", false)));

    [Fact]
    public void A_value_trying_to_add_another_key_stays_inside_its_quotes() =>
        Assert.Equal("/docker_image_create name=\"x force=true\"", Translate("docker_image_create", ("name", "x force=true")));

    [Fact]
    public void Backslashes_and_double_quotes_in_a_value_are_escaped() =>
        Assert.Equal("/docker_images name=\"a\\\"b\\\\\" package=\"x\\\" all=\\\"true\"",
            Translate("docker_images", ("name", "a\"b\\"), ("package", "x\" all=\"true")));

    [Fact]
    public void An_empty_value_is_an_empty_quoted_string() =>
        Assert.Equal("/docker_images name=\"\"", Translate("docker_images", ("name", "")));

    [Fact]
    public void An_integration_test_names_its_instance() =>
        Assert.Equal("/integration_test instance=HelloWorld_instance_1", Translate("integration_test", ("instance", "HelloWorld_instance_1")));

    [Fact]
    public void An_audit_query_carries_its_filters_a_script_name_quoted() =>
        Assert.Equal("/audit user=discord:1234 command=\"!Print\" limit=5",
            Translate("audit", ("user", "discord:1234"), ("command", "!Print"), ("limit", "5")));

    [Fact]
    public void A_list_without_options_is_the_bare_verb() => Assert.Equal("/docker_images", Translate("docker_images"));

    [Fact]
    public void An_update_passes_image_and_all() =>
        Assert.Equal("/docker_image_update image=demisto/example_name all=true", Translate("docker_image_update", ("all", true), ("image", "demisto/example_name")));

    [Fact]
    public void Run_passes_the_script_line_as_typed() => Assert.Equal("!Print value=\"hello world\"", Translate("run", ("line", "  !Print value=\"hello world\" ")));

    [Fact]
    public void Run_adds_the_script_marker_so_it_can_only_run_scripts()
    {
        Assert.Equal("!Print value=hi", Translate("run", ("line", "Print value=hi")));
        Assert.Equal("!/docker_image_create name=x", Translate("run", ("line", "/docker_image_create name=x")));
    }

    [Fact]
    public void Help_without_a_topic_is_help_and_with_one_names_it()
    {
        Assert.Equal("/help", Translate("help"));
        Assert.Equal("/help /docker_image_create", Translate("help", ("topic", "/docker_image_create")));
    }

    [Fact]
    public void An_unknown_command_is_refused_with_a_hint() =>
        Assert.Contains("/docker_nuke is not a command of this bot", Refusal(InteractionJson.Command("docker_nuke")));

    [Fact]
    public void A_missing_required_option_is_named() =>
        Assert.Contains("needs the option 'name'", Refusal(InteractionJson.Command("docker_image_create", ("packages", "wget"))));

    [Fact]
    public void An_option_the_command_does_not_have_is_refused() =>
        Assert.Contains("has no option 'privileged'", Refusal(InteractionJson.Command("docker_images", ("privileged", true))));

    [Fact]
    public void A_string_where_a_boolean_belongs_is_refused() =>
        Assert.Contains("wrong type", Refusal(InteractionJson.Command("docker_image_create", ("name", "x"), ("force", "yes"))));

    [Fact]
    public void A_line_break_inside_an_option_is_refused() =>
        Assert.Contains("line break", Refusal(InteractionJson.Command("run", ("line", "!Print value=hi\n/docker_image_create name=evil"))));

    [Fact]
    public void Registered_definitions_are_valid_discord_names_with_short_descriptions()
    {
        using var json = JsonDocument.Parse(SlashCommandCatalog.ToRegistrationJson());
        var names = json.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal(["docker_image_create", "docker_image_update", "docker_images", "docker_image_info", "docker_image_delete", "docker_image_prune", "docker_image_diff", "docker_image_approve", "docker_image_deny", "docker_image_approvals", "engines", "content_update_images", "integration_test", "run", "audit", "help"], names);
        foreach (var command in json.RootElement.EnumerateArray())
        {
            Assert.Matches("^[-_a-z0-9]{1,32}$", command.GetProperty("name").GetString()!);
            Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 100);
            var required = command.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("required").GetBoolean()).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required); // required options first, as Discord demands
            foreach (var option in command.GetProperty("options").EnumerateArray())
            {
                Assert.Matches("^[-_a-z0-9]{1,32}$", option.GetProperty("name").GetString()!);
                Assert.InRange(option.GetProperty("description").GetString()!.Length, 1, 100);
            }
        }
    }
}
