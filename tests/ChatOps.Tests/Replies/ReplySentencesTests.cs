using ChatOps.Replies;
using ChatOps.Tests.Replies.Support;

namespace ChatOps.Tests.Replies;

/// <summary>The detector the one-sentence tests rely on finds what issue 17 saw: a reason said again in the detail.</summary>
public sealed class ReplySentencesTests
{
    [Fact]
    public void A_reason_quoted_again_in_the_detail_is_found()
    {
        var error = new ErrorReply(
            "demisto/x was not built: requestss: requestss looks like a typo: a doubled letter from requests; did you mean requests?",
            Detail: "refused  requestss   requestss looks like a typo: a doubled letter from requests; did you mean requests?");

        Assert.NotEmpty(ReplySentences.Repeated([error]));
    }

    [Fact]
    public void Rows_that_share_a_reason_are_not_repeats_but_a_row_given_twice_is()
    {
        var rows = new TableReply("t", ["package", "reason"], [["pip", "approved licence (MIT)"], ["wheel", "approved licence (MIT)"]]);

        Assert.Empty(ReplySentences.Repeated([rows]));
        Assert.NotEmpty(ReplySentences.Repeated([rows with { Rows = [.. rows.Rows, rows.Rows[0]] }]));
    }
}
