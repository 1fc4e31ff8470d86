using Civic.Templating.Runtime;
using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class DateFunctionsTests
{
    // 2016-01-05 21:22:23.024, a Tuesday.
    private const string X = "{{ x = date.parse '2016/01/05 21:22:23.024' }}";

    [Theory]
    [InlineData("%a|%A|%b|%B|%h", "Tue|Tuesday|Jan|January|Jan")]
    [InlineData("%c", "Tue Jan 05 21:22:23 2016")]
    [InlineData("%C|%d|%D|%e|%F", "20|05|01/05/16| 5|2016-01-05")]
    [InlineData("%H|%I|%j|%k|%l|%L", "21|09|005|21| 9|024")]
    [InlineData("%m|%M|%N|%p|%P", "01|22|024000000|PM|pm")]
    [InlineData("%r|%R|%S|%T", "09:22:23 PM|21:22|23|21:22:23")]
    [InlineData("%u|%U|%v|%V|%W|%w", "2|02| 5-JAN-2016|01|02|2")]
    [InlineData("%x|%X|%y|%Y|%%|%n|%t", "01/05/2016|21:22:23|16|2016|%|\n|\t")]
    [InlineData("%q and 100%", "%q and 100%")]
    [InlineData("%g", " 05 Jan 2016")]
    public void To_string_supports_the_strftime_codes(string pattern, string expected)
        => Assert.Equal(expected, Render(X + "{{ x | date.to_string '" + pattern.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "' }}"));

    [Theory]
    [InlineData("{{ date.parse '2016/01/05' }}", "05 Jan 2016")]
    [InlineData("{{ date.parse '2018--06--17' '%Y--%m--%d' }}", "17 Jun 2018")]
    [InlineData("{{ date.parse '20/01/2022' culture: 'en-GB' }}", "20 Jan 2022")]
    [InlineData("{{ date.parse '2016/01/05' | date.add_days 1 }}|{{ date.parse '2016/01/31' | date.add_months 1 }}|{{ date.parse '2016/02/29' | date.add_years 1 }}", "06 Jan 2016|29 Feb 2016|28 Feb 2017")]
    [InlineData("{{ date.parse '2016/01/05' | date.add_hours 25.5 | date.to_string '%F %T' }}", "2016-01-06 01:30:00")]
    [InlineData("{{ date.parse '2016/01/05' | date.add_minutes 90 | date.add_seconds 5 | date.add_milliseconds 7 | date.to_string '%T.%L' }}", "01:30:05.007")]
    [InlineData("{{ date.parse '2016/01/05' | date.to_string '%d %B %Y' 'fr-FR' }}", "05 janvier 2016")]
    [InlineData("{{ date.parse '2016/01/05' | date.to_string '%Y年%m月%d日 %A' 'zh-CN' }}", "2016年01月05日 星期二")]
    [InlineData("{{ '03 14, 2016' | date.parse_to_string '%b %d, %y' input_pattern: '%m %d, %Y' }}", "Mar 14, 16")]
    [InlineData("{{ '03/01/2025' | date.parse_to_string '%F' input_culture: 'en-US' }}", "2025-03-01")]
    [InlineData("[{{ null | date.parse }}][{{ null | date.to_string '%Y' }}][{{ date.format }}]", "[][][%d %b %Y]")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void Now_reads_the_injected_clock()
    {
        var china = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
        var clock = new FixedClock(new DateTimeOffset(2030, 12, 31, 20, 0, 0, TimeSpan.Zero), china);
        var options = new TemplateOptionsBuilder { TimeProvider = clock }.Build();
        Assert.Equal("2031-01-01 04:00|2030-12-31 20:00", Render("{{ date.now | date.to_string '%F %R' }}|{{ date.utc_now | date.to_string '%F %R' }}", options));
    }

    [Fact]
    public void Times_with_an_offset_are_converted_to_the_clock_time_zone()
    {
        var china = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
        var options = new TemplateOptionsBuilder { TimeProvider = new FixedClock(DateTimeOffset.UnixEpoch, china) }.Build();
        Assert.Equal(
            "2021-12-01 04:50|2021-11-30 20:50",
            Render("{{ date.parse '2021/11/30 20:50:23Z' | date.to_string '%F %R' }}|{{ date.parse '2021/11/30 20:50:23' | date.to_string '%F %R' }}", options));
    }

    [Fact]
    public void A_code_that_cannot_be_parsed_is_reported()
    {
        var error = RenderError("{{ date.parse '12' '%j' }}");
        Assert.Contains("%j is not supported", error.Reason);
    }

    [Fact]
    public void An_unknown_culture_is_reported_at_the_call()
    {
        var error = RenderError("{{ date.parse '2016/01/05' | date.to_string '%B' 'xx-nope-123' }}");
        Assert.Equal(1, error.Span.Line);
    }
}
