using Civic.Site.Model;

namespace Civic.Site.Tests.Model;

public sealed class PartialDateTests
{
    private static readonly DatePrecision[] Any = [DatePrecision.Year, DatePrecision.Month, DatePrecision.Day];

    [Theory]
    [InlineData("2024", DatePrecision.Year)]
    [InlineData("2024-07", DatePrecision.Month)]
    [InlineData("2024-07-15", DatePrecision.Day)]
    public void Parses_each_precision_and_round_trips(string text, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, Any, out var d));
        Assert.Equal(precision, d.Precision);
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24-07-15")]
    [InlineData("2024/07/15")]
    [InlineData("2024-7-15")]
    [InlineData("")]
    public void Rejects_impossible_or_malformed_dates(string text)
    {
        Assert.False(PartialDate.TryParse(text, Any, out _));
    }

    [Fact]
    public void Rejects_a_precision_that_is_not_allowed()
    {
        Assert.False(PartialDate.TryParse("2024-07", [DatePrecision.Day], out _));
    }

    [Fact]
    public void Orders_chronologically_with_coarser_dates_first_on_the_same_start()
    {
        var dates = new[] { PartialDate.OfDay(2024, 1, 1), PartialDate.OfYear(2024), PartialDate.OfMonth(2023, 12) };
        Assert.Equal(["2023-12", "2024", "2024-01-01"], dates.Order().Select(d => d.ToString()));
        Assert.True(PartialDate.OfYear(2023) < PartialDate.OfMonth(2023, 2));
    }
}
