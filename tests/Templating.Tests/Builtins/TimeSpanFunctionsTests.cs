using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class TimeSpanFunctionsTests
{
    [Theory]
    [InlineData("{{ (timespan.from_days 5).days }}|{{ (timespan.from_hours 5).hours }}|{{ (timespan.from_minutes 5).minutes }}", "5|5|5")]
    [InlineData("{{ (timespan.from_seconds 90).total_minutes }}|{{ (timespan.from_milliseconds 5).milliseconds }}", "1.5|5")]
    [InlineData("{{ (timespan.parse '1.02:03:04').hours }}|{{ timespan.zero }}", "2|00:00:00")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void An_invalid_timespan_is_reported()
    {
        var error = RenderError("{{ timespan.parse 'soon' }}");
        Assert.Equal(1, error.Span.Line);
    }
}
