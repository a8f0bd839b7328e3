using ChatOps.Bots.Console.Rendering;

namespace ChatOps.Bots.Tests.Console.Rendering;

public sealed class ColumnFitTests
{
    [Fact]
    public void Columns_that_fit_keep_their_widths()
    {
        Assert.Equal([10, 5], ColumnFit.Widths([10, 5], 40));
    }

    [Fact]
    public void The_widest_column_gives_way_first_and_the_total_is_the_room()
    {
        var widths = ColumnFit.Widths([30, 8, 12], 40);

        Assert.Equal([20, 8, 12], widths);
    }

    [Theory]
    [InlineData("demisto/barsauto", 16, "demisto/barsauto")]
    [InlineData("demisto/barsauto", 10, "demisto/b…")]
    [InlineData("demisto/barsauto", 1, "…")]
    public void A_cell_is_cut_with_an_ellipsis_never_wrapped(string text, int width, string expected)
    {
        Assert.Equal(expected, ColumnFit.Cut(text, width));
    }
}
