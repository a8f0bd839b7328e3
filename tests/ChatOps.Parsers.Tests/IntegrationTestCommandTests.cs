using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class IntegrationTestCommandTests
{
    [Theory]
    [InlineData("/integration_test instance=HelloWorld_instance_1", "HelloWorld_instance_1")]
    [InlineData("/integration_test instance=\"prod-vt\"", "prod-vt")]
    [InlineData("/integration_test instance=9", "9")]
    public void An_integration_test_names_its_instance(string line, string instance)
    {
        Assert.Equal(new IntegrationTestCommand(instance), Parsing.Command<IntegrationTestCommand>(line));
    }

    [Fact]
    public void An_integration_test_without_an_instance_asks_for_one()
    {
        var error = Parsing.AssertError("/integration_test", "missing required argument instance=, e.g. /integration_test instance=HelloWorld_instance_1", 18);

        Assert.Equal(Parsing.IntegrationTestUsage, error.Usage);
    }

    [Fact]
    public void An_instance_name_with_a_space_is_refused_at_the_space()
    {
        var error = Parsing.AssertError(
            "/integration_test instance=\"my instance\"",
            "instance name \"my instance\" is not valid: a space is not allowed; an instance name is letters, digits, '_' and '-', starting with a letter or digit",
            31);

        Assert.Equal(Parsing.IntegrationTestUsage, error.Usage);
    }

    [Fact]
    public void An_instance_name_that_starts_with_an_underscore_is_refused()
    {
        Parsing.AssertError(
            "/integration_test instance=_x",
            "instance name \"_x\" is not valid: \"_\" cannot start it; an instance name is letters, digits, '_' and '-', starting with a letter or digit",
            28);
    }

    [Fact]
    public void An_instance_name_with_a_shell_character_is_refused_at_that_character()
    {
        Parsing.AssertError(
            "/integration_test instance=a;b",
            "instance name \"a;b\" is not valid: \";\" is not allowed; an instance name is letters, digits, '_' and '-', starting with a letter or digit",
            29);
    }

    [Fact]
    public void An_instance_name_longer_than_64_characters_is_refused_where_it_passes_the_limit()
    {
        var name = new string('a', 65);

        Parsing.AssertError(
            "/integration_test instance=" + name,
            $"instance name \"{new string('a', 57)}...\" is not valid: it is 65 characters long; the limit is 64",
            28 + 64);
    }

    [Fact]
    public void A_second_key_is_refused_with_the_valid_one()
    {
        var error = Parsing.AssertError("/integration_test instance=a using=b", "unknown key \"using\" for /integration_test; valid keys: instance", 30);

        Assert.Equal(Parsing.IntegrationTestUsage, error.Usage);
    }

    [Fact]
    public void The_rule_the_configuration_uses_gives_the_same_words_as_the_parser()
    {
        Assert.True(InstanceNameRule.IsValid("HelloWorld_instance_1"));
        Assert.Null(InstanceNameRule.Explain("a-b_c"));
        Assert.Equal(
            "instance name \"a b\" is not valid: a space is not allowed; an instance name is letters, digits, '_' and '-', starting with a letter or digit",
            InstanceNameRule.Explain("a b"));
    }

    [Fact]
    public void A_mistyped_verb_suggests_the_integration_test()
    {
        var error = Parsing.AssertError("/integration_tset instance=a", "unknown command /integration_tset; did you mean /integration_test?", 1);

        Assert.Equal(Parsing.IntegrationTestUsage, error.Usage);
    }
}
