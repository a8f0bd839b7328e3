using ChatOps.Integrations;
using ChatOps.Tests.Integrations.Support;

namespace ChatOps.Tests.Integrations;

/// <summary>Instances resolve against their integration's YAML: params as XSOAR passes them, or the reasons they cannot run.</summary>
public sealed class IntegrationInstanceCatalogTests : IDisposable
{
    private readonly InstanceSetup _setup = new();

    [Fact]
    public void A_working_instance_gets_the_yaml_defaults_in_yaml_order_with_checkboxes_as_booleans_and_multi_selects_as_lists()
    {
        _setup.AddWorking("hw");

        var instance = _setup.One();

        Assert.True(instance.IsUsable);
        Assert.Null(instance.NotUsableReason);
        Assert.Equal("HelloWorld", instance.Integration!.Id);
        Assert.Equal(
            """{"url":"https://api.example.com","apikey":"key-of-test","proxy":true,"min_severity":"Low","fetch_types":["Alerts","Events"],"old_mode":false,"max_fetch":"10"}""",
            instance.CreateParams().ToJsonString());
        Assert.Equal(["key-of-test"], instance.SecretValues);
    }

    [Fact]
    public void Configured_params_replace_the_defaults_and_checkbox_text_becomes_a_boolean()
    {
        _setup.AddWorking("hw").Params = new()
        {
            ["url"] = "https://hw.internal",
            ["insecure"] = "True",
            ["proxy"] = "false",
            ["fetch_types"] = "Audit, Alerts",
            ["old_mode"] = "true",
        };

        var parameters = _setup.One().CreateParams();

        Assert.Equal(
            """{"url":"https://hw.internal","apikey":"key-of-test","insecure":true,"proxy":false,"min_severity":"Low","fetch_types":["Audit","Alerts"],"old_mode":true,"max_fetch":"10"}""",
            parameters.ToJsonString());
    }

    [Fact]
    public void Credentials_from_the_environment_arrive_as_the_object_xsoar_sends_and_their_password_and_basic_auth_are_secrets()
    {
        _setup.AddWorking("hw");
        _setup.Environment["CHATOPS_SECRET__HW__CREDENTIALS__IDENTIFIER"] = "admin";
        _setup.Environment["CHATOPS_SECRET__HW__CREDENTIALS__PASSWORD"] = "s3cret-pass";

        var instance = _setup.One();

        Assert.Equal(
            """{"identifier":"admin","password":"s3cret-pass","passwordChanged":false,"credential":"","credentials":{"id":"","user":"admin","password":"s3cret-pass"}}""",
            instance.CreateParams()["credentials"]!.ToJsonString());
        Assert.Equal(["key-of-test", "s3cret-pass", "admin:s3cret-pass"], instance.SecretValues);
    }

    [Fact]
    public void The_environment_comes_before_the_configured_params_and_what_it_gives_is_a_secret()
    {
        _setup.AddWorking("hw").Params["url"] = "https://public.example";
        _setup.Environment["CHATOPS_SECRET__HW__URL"] = "https://hidden.example";

        var instance = _setup.One();

        Assert.Equal("https://hidden.example", instance.CreateParams()["url"]!.GetValue<string>());
        Assert.Equal(["https://hidden.example", "key-of-test"], instance.SecretValues);
    }

    [Fact]
    public void An_encrypted_param_in_appsettings_is_refused_with_where_to_put_it_and_without_its_value()
    {
        _setup.Add("hw", parameters: new() { ["apikey"] = "value-in-json" });

        var instance = _setup.One();

        Assert.False(instance.IsUsable);
        Assert.Equal(
            ["Integrations:Instances:0:Params:apikey is a secret param of HelloWorld (encrypted, type 4) and is not read from appsettings.json: remove it there and set the environment variable CHATOPS_SECRET__HW__APIKEY, or put it in a SecretsFile"],
            instance.Problems);
        Assert.DoesNotContain("value-in-json", instance.NotUsableReason);
        Assert.DoesNotContain("value-in-json", instance.CreateParams().ToJsonString());
    }

    [Fact]
    public void A_hidden_param_in_appsettings_is_refused_but_a_hidden_checkbox_is_not()
    {
        _setup.AddWorking("hw").Params = new() { ["legacy_token"] = "old-token-value", ["old_mode"] = "true" };

        var instance = _setup.One();

        Assert.Equal(
            ["Integrations:Instances:0:Params:legacy_token is a secret param of HelloWorld (hidden) and is not read from appsettings.json: remove it there and set the environment variable CHATOPS_SECRET__HW__LEGACY_TOKEN, or put it in a SecretsFile"],
            instance.Problems);
    }

    [Fact]
    public void Credentials_written_as_an_object_in_appsettings_are_refused_with_both_variables_to_set()
    {
        _setup.AddWorking("hw").ObjectParams.Add("credentials");

        Assert.Equal(
            ["Integrations:Instances:0:Params:credentials is a secret param of HelloWorld (credentials, type 9) and is not read from appsettings.json: remove it there and set the environment variables CHATOPS_SECRET__HW__CREDENTIALS__IDENTIFIER and CHATOPS_SECRET__HW__CREDENTIALS__PASSWORD, or put it in a SecretsFile"],
            _setup.One().Problems);
    }

    [Fact]
    public void An_object_for_a_plain_param_is_refused_as_not_text()
    {
        _setup.AddWorking("hw").ObjectParams.Add("url");

        Assert.Equal(
            ["Integrations:Instances:0:Params:url holds an object; params are text (checkboxes \"true\" or \"false\", lists comma separated)"],
            _setup.One().Problems);
    }

    [Fact]
    public void A_missing_required_secret_says_which_variables_to_set()
    {
        _setup.Add("hw");

        Assert.Equal(
            ["apikey (API Key) is required: set the environment variable CHATOPS_SECRET__HW__APIKEY, or put it in a SecretsFile"],
            _setup.One().Problems);
    }

    [Fact]
    public void A_required_param_configured_empty_says_where_to_set_it()
    {
        _setup.AddWorking("hw").Params["url"] = "";

        Assert.Equal(["url (Server URL) is required: set Integrations:Instances:0:Params:url"], _setup.One().Problems);
    }

    [Fact]
    public void An_unknown_integration_is_named_with_the_nearest_one_and_gives_no_params()
    {
        _setup.Add("hw", integration: "helloworld");

        var instance = _setup.One();

        Assert.Equal(["integration helloworld is not in the content folder; did you mean HelloWorld?"], instance.Problems);
        Assert.Null(instance.Integration);
        Assert.Equal("{}", instance.CreateParams().ToJsonString());
    }

    [Fact]
    public void An_instance_without_an_integration_says_what_to_give()
    {
        _setup.Add("hw", integration: "");

        Assert.Equal(["Integrations:Instances:0:Integration is not set: give the integration's commonfields.id or name"], _setup.One().Problems);
    }

    [Fact]
    public void An_integration_is_found_by_its_name_when_it_differs_from_its_id()
    {
        using var setup = new InstanceSetup(InstanceYaml.Integration(name: "Hello World Feed", id: "hello-feed"));
        setup.AddWorking("feed").Integration = "Hello World Feed";

        Assert.Equal("hello-feed", setup.One().Integration!.Id);
    }

    [Fact]
    public void An_instance_of_an_integration_that_cannot_run_here_says_why()
    {
        using var setup = new InstanceSetup(InstanceYaml.Integration(type: "javascript"));
        setup.AddWorking("hw");

        Assert.Equal(["HelloWorld is JavaScript: only Python runs here"], setup.One().Problems);
    }

    [Fact]
    public void A_second_instance_whose_name_folds_to_the_same_variables_is_refused_and_the_first_keeps_the_name()
    {
        _setup.AddWorking("hw-1", "first-key");
        _setup.AddWorking("HW_1", "second-key");

        var catalog = _setup.Catalog();

        Assert.True(catalog.Instances[0].IsUsable);
        Assert.Equal(
            ["instance name HW_1 is already taken by Integrations:Instances:0 (hw-1): names must differ in more than case and '-' against '_', as both would read the variables CHATOPS_SECRET__HW_1__..."],
            catalog.Instances[1].Problems);
        Assert.Same(catalog.Instances[0], catalog.Find("HW-1"));
    }

    [Fact]
    public void A_malformed_name_does_not_take_the_name_it_folds_to()
    {
        _setup.AddWorking("hw 1");
        _setup.AddWorking("hw_1");

        Assert.True(_setup.Catalog().Instances[1].IsUsable);
    }

    [Theory]
    [InlineData("", "Integrations:Instances:0 has no Name")]
    [InlineData("my instance", "Integrations:Instances:0:Name: instance name \"my instance\" is not valid: a space is not allowed; an instance name is letters, digits, '_' and '-', starting with a letter or digit")]
    public void A_missing_or_malformed_name_is_refused(string name, string problem)
    {
        _setup.AddWorking(name);

        Assert.Equal(problem, _setup.One().Problems[0]);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(" none ", null)]
    [InlineData("host", "host")]
    [InlineData("chatops-egress", "chatops-egress")]
    public void Egress_is_none_host_or_a_docker_network(string egress, string? network)
    {
        _setup.AddWorking("hw").Egress = egress;

        var instance = _setup.One();

        Assert.True(instance.IsUsable);
        Assert.Equal(network, instance.EgressNetwork);
    }

    [Fact]
    public void An_egress_that_is_no_network_name_is_refused()
    {
        _setup.AddWorking("hw").Egress = "bad net!";

        Assert.Equal(
            ["Integrations:Instances:0:Egress \"bad net!\" is not a Docker network name: give \"\" for none, \"host\", or the name of a network (letters, digits, '_', '.' and '-')"],
            _setup.One().Problems);
    }

    [Theory]
    [InlineData("URL", "Integrations:Instances:0:Params:URL is not a param of HelloWorld; did you mean url?")]
    [InlineData("nope", "Integrations:Instances:0:Params:nope is not a param of HelloWorld; its params: url, apikey, credentials, insecure, proxy, min_severity, fetch_types, legacy_token, old_mode, max_fetch")]
    public void A_param_the_integration_does_not_declare_is_refused(string name, string problem)
    {
        _setup.AddWorking("hw").Params[name] = "x";

        Assert.Equal([problem], _setup.One().Problems);
    }

    [Theory]
    [InlineData("insecure", "yes", "Integrations:Instances:0:Params:insecure is a checkbox: write true or false, not \"yes\"")]
    [InlineData("min_severity", "Medium", "Integrations:Instances:0:Params:min_severity: \"Medium\" is not one of the options of min_severity: Low, High")]
    [InlineData("fetch_types", "Alerts,Logs", "Integrations:Instances:0:Params:fetch_types: \"Logs\" is not one of the options of fetch_types: Alerts, Events, Audit")]
    public void A_value_its_param_does_not_take_is_refused(string name, string value, string problem)
    {
        _setup.AddWorking("hw").Params[name] = value;

        Assert.Equal([problem], _setup.One().Problems);
    }

    [Fact]
    public void A_disabled_instance_is_listed_as_not_usable_because_it_is_disabled()
    {
        _setup.AddWorking("hw").Enabled = false;

        var instance = _setup.One();

        Assert.Empty(instance.Problems);
        Assert.False(instance.IsUsable);
        Assert.Equal("it is disabled (Enabled is false)", instance.NotUsableReason);
    }

    [Fact]
    public void A_secret_too_short_to_redact_is_warned_about_and_the_instance_still_runs()
    {
        _setup.AddWorking("hw", apikey: "abc");

        var instance = _setup.One();

        Assert.True(instance.IsUsable);
        Assert.Equal(["apikey of instance hw is shorter than 4 characters, too short to be redacted from replies"], instance.Warnings);
    }

    [Fact]
    public void An_integration_added_to_the_content_later_is_found_without_a_restart()
    {
        _setup.AddWorking("later").Integration = "Later";
        var catalog = _setup.Catalog(rescan: TimeSpan.Zero);
        Assert.Equal(["integration Later is not in the content folder"], catalog.Instances[0].Problems);

        _setup.WriteContent("Integrations/Later/Later.yml", InstanceYaml.Integration(name: "Later", id: "Later"))
            .WriteContent("Integrations/Later/Later.py", "def main(): pass\n");

        Assert.True(catalog.Instances[0].IsUsable);
    }

    [Fact]
    public void Problems_and_warnings_are_logged_once_across_reloads_and_without_values()
    {
        _setup.Add("hw", parameters: new() { ["apikey"] = "value-in-json" });
        _setup.AddWorking("short", apikey: "abc");
        var catalog = _setup.Catalog(rescan: TimeSpan.Zero);

        _ = catalog.Instances;
        _setup.WriteContent("Integrations/Other/Other.yml", InstanceYaml.Integration(name: "Other", id: "Other"))
            .WriteContent("Integrations/Other/Other.py", "def main(): pass\n");
        _ = catalog.Instances;

        Assert.Equal(
            [
                "Warning: Integration instance hw is not usable: Integrations:Instances:0:Params:apikey is a secret param of HelloWorld (encrypted, type 4) and is not read from appsettings.json: remove it there and set the environment variable CHATOPS_SECRET__HW__APIKEY, or put it in a SecretsFile",
                "Warning: Integration instance short: apikey of instance short is shorter than 4 characters, too short to be redacted from replies",
            ],
            _setup.Log.Lines);
    }

    [Fact]
    public void Each_instance_redacts_its_own_secrets_and_the_catalog_redacts_them_all()
    {
        _setup.AddWorking("one", "first-secret-key");
        _setup.AddWorking("two", "second-secret-key");
        var catalog = _setup.Catalog();
        const string text = "first-secret-key and second-secret-key";

        Assert.Equal("<redacted> and second-secret-key", catalog.Find("one")!.Redactor.Redact(text));
        Assert.Equal("<redacted> and <redacted>", catalog.Redactor.Redact(text));
    }

    [Fact]
    public void Each_call_gives_a_fresh_copy_of_the_params_and_the_instance_prints_as_its_name_only()
    {
        _setup.AddWorking("hw");
        var instance = _setup.One();

        instance.CreateParams()["apikey"] = "changed";

        Assert.Equal("key-of-test", instance.CreateParams()["apikey"]!.GetValue<string>());
        Assert.Equal("hw (HelloWorld)", instance.ToString());
    }

    public void Dispose() => _setup.Dispose();
}
