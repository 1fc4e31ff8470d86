using Civic.Site.Render;

namespace Civic.Site.Tests.Render;

public sealed class FigureTextTests
{
    [Theory]
    [InlineData("793187000000", "7931.87亿", "793.187 billion")]
    [InlineData("2100000000000", "2.1万亿", "2.1 trillion")]
    [InlineData("810000", "81万", "810,000")]
    [InlineData("31000", "3.1万", "31,000")]
    [InlineData("10500", "1.05万", "10,500")]
    [InlineData("13300000", "1330万", "13.3 million")]
    [InlineData("1147", "1,147", "1,147")]
    [InlineData("11.8", "11.8", "11.8")]
    // A figure that does not divide into the unit with three decimals or fewer keeps every digit.
    [InlineData("123456789", "123,456,789", "123,456,789")]
    [InlineData("-50000", "-5万", "-50,000")]
    public void Large_figures_read_as_each_language_writes_them_without_losing_a_digit(string value, string chinese, string english)
    {
        var figure = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(chinese, FigureText.Format(figure, chinese: true));
        Assert.Equal(english, FigureText.Format(figure, chinese: false));
    }
}
