using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class ShowAuditCommandTests
{
    [Fact]
    public void Audit_alone_shows_the_twenty_latest_entries_of_everyone()
    {
        Assert.Equal(new ShowAuditCommand(null, null, null, 20), Parsing.Command<ShowAuditCommand>("/audit"));
    }

    [Theory]
    [InlineData("/audit user=slack:U0123", "slack:U0123", null, null, 20)]
    [InlineData("/audit user=U0123 outcome=refused", "U0123", null, "refused", 20)]
    [InlineData("/audit command=/docker_image_create limit=50", null, "/docker_image_create", null, 50)]
    [InlineData("/audit command=\"!Print\" outcome=interrupted limit=1", null, "!Print", "interrupted", 1)]
    [InlineData("/audit user=discord:role:5678 command=help limit=100", "discord:role:5678", "help", null, 100)]
    public void Audit_takes_a_user_a_command_an_outcome_and_a_limit(string line, string? user, string? command, string? outcome, int limit)
    {
        Assert.Equal(new ShowAuditCommand(user, command, outcome, limit), Parsing.Command<ShowAuditCommand>(line));
    }

    [Fact]
    public void A_limit_over_a_hundred_is_refused_at_its_value()
    {
        var error = Parsing.AssertError("/audit limit=1000", "limit \"1000\" is not valid: use a whole number from 1 to 100, e.g. limit=50", 14);

        Assert.StartsWith("/audit [user=", error.Usage);
    }

    [Fact]
    public void A_user_filter_with_a_wildcard_pattern_character_is_refused_where_it_is()
    {
        Parsing.AssertError("/audit user=U01%", "user filter \"U01%\" is not valid: \"%\" is not allowed; use a user id or principal, e.g. user=slack:U0123", 16);
    }

    [Fact]
    public void An_outcome_in_capitals_is_refused()
    {
        Parsing.AssertError("/audit outcome=OK", "outcome filter \"OK\" is not valid: outcomes are lower case; use a word such as ok, refused, failed, error, cancelled, interrupted or open", 16);
    }

    [Fact]
    public void An_unknown_key_is_refused()
    {
        var error = Parsing.Error("/audit channel=C0123");

        Assert.Contains("channel", error.Message);
    }
}
