using ChatOps.Integrations;

namespace ChatOps.Tests.Integrations;

public sealed class SecretVariableNamesTests
{
    [Fact]
    public void Instance_and_param_are_upper_cased_with_every_other_character_as_an_underscore()
    {
        Assert.Equal("CHATOPS_SECRET__HELLOWORLD_INSTANCE_1__API_KEY", SecretVariableNames.For("HelloWorld_instance-1", "api key"));
    }

    [Fact]
    public void A_credentials_param_has_an_identifier_and_a_password_variable()
    {
        Assert.Equal("CHATOPS_SECRET__HW__CREDENTIALS__IDENTIFIER", SecretVariableNames.Identifier("hw", "credentials"));
        Assert.Equal("CHATOPS_SECRET__HW__CREDENTIALS__PASSWORD", SecretVariableNames.Password("hw", "credentials"));
    }
}
