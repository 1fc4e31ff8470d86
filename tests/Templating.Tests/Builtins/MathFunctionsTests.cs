using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class MathFunctionsTests
{
    [Theory]
    [InlineData("{{ 1 | math.plus 2 }}|{{ 1 | math.plus 2.5 }}", "3|3.5")]
    [InlineData("{{ 255 | math.minus 5 }}|{{ 2 | math.times 3 }}|{{ 11 | math.modulo 10 }}", "250|6|1")]
    [InlineData("{{ 8.4 | math.divided_by 2 }}|{{ 8.4 | math.divided_by 2.0 }}|{{ 7 | math.divided_by 2.0 }}", "4|4.2|3.5")]
    [InlineData("{{ -15.5 | math.abs }}|{{ -5 | math.abs }}", "15.5|5")]
    [InlineData("{{ 4.3 | math.ceil }}|{{ 4.6 | math.floor }}|{{ 4.6 | math.round }}|{{ 4.5612 | math.round 2 }}", "5|4|5|4.56")]
    [InlineData("{{ 2.5 | math.round }}|{{ 3.5 | math.round }}", "2|4")]
    [InlineData("{{ 255 | math.format 'X4' }}|{{ 4.2435 | math.format '0.##' }}|{{ 1523 | math.format 'N2' 'en-US' }}", "00FF|4.24|1,523.00")]
    [InlineData("{{ 255 | math.is_number }} {{ '1' | math.is_number }} {{ null | math.is_number }}", "true false false")]
    [InlineData("[{{ null | math.plus 1 }}][{{ 1 | math.times null }}][{{ 1 | math.divided_by null }}]", "[][][]")]
    [InlineData("{{ 9223372036854775807 | math.plus 1 }}", "9223372036854775808")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void Random_stays_in_range_and_uuid_is_a_guid()
    {
        var values = Render("{{ for i in 1..50 }}{{ math.random 1 3 }}{{ end }}");
        Assert.All(values, c => Assert.Contains(c, "12"));
        Assert.True(Guid.TryParse(Render("{{ math.uuid }}"), out _));
    }

    [Fact]
    public void Formatting_text_is_an_error()
    {
        var error = RenderError("{{ 'x' | math.format 'N2' }}");
        Assert.Contains("Must be a formattable number", error.Reason);
    }

    [Fact]
    public void Integer_division_by_zero_is_reported_at_the_call()
    {
        var error = RenderError("{{ 1 | math.modulo 0 }}");
        Assert.Equal(1, error.Span.Line);
    }
}
