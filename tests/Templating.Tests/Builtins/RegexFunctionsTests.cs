using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class RegexFunctionsTests
{
    [Theory]
    [InlineData("{{ '(abc.*)' | regex.escape }}|{{ '\\\\(abc\\\\.\\\\*\\\\)' | regex.unescape }}", "\\(abc\\.\\*\\)|(abc.*)")]
    [InlineData("{{ 'this is a text123' | regex.match `(\\w+) a ([a-z]+\\d+)` }}", "[\"is a text123\", \"is\", \"text123\"]")]
    [InlineData("{{ regex.match 'no' `yes` }}", "[]")]
    [InlineData("{{ 'ab cd' | regex.matches `(\\w)\\w` }}", "[[\"ab\", \"a\"], [\"cd\", \"c\"]]")]
    [InlineData("{{ 'abbbbcccd' | regex.replace 'b+c+' '-$0-' }}", "a-bbbbccc-d")]
    [InlineData("{{ 'ABC' | regex.replace 'b' 'x' 'i' }}", "AxC")]
    [InlineData("{{ 'a, b   , c' | regex.split `\\s*,\\s*` }}", "[\"a\", \"b\", \"c\"]")]
    [InlineData("{{ '第一章，第二章' | regex.split '，' }}", "[\"第一章\", \"第二章\"]")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void An_invalid_pattern_is_reported_at_the_call()
    {
        var error = RenderError("\n{{ 'x' | regex.match '(' }}");
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void An_unknown_option_is_reported()
    {
        var error = RenderError("{{ 'x' | regex.match 'x' 'q' }}");
        Assert.Contains("Option `q` not supported", error.Reason);
    }
}
