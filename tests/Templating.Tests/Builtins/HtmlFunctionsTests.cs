using Civic.Templating.Runtime;
using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class HtmlFunctionsTests
{
    private static readonly TemplateOptions Escaping = new TemplateOptionsBuilder { EscapeHtml = true }.Build();

    [Theory]
    [InlineData("{{ '<p>a & \"b\"</p>' | html.escape }}", "&lt;p&gt;a &amp; &quot;b&quot;&lt;/p&gt;")]
    [InlineData("{{ '<hello x=\\'y>\\'> and <!-- c --> test</br>' | html.strip }}", " and  test")]
    [InlineData("{{ '<script>var a = \"<b>\";</script>text' | html.strip }}", "text")]
    [InlineData("{{ 'a\\nb\\r\\nc' | html.newline_to_br }}", "a<br />\nb<br />\r\nc")]
    [InlineData("{{ 'a b&c=d/e' | html.url_encode }}", "a%20b%26c%3Dd%2Fe")]
    [InlineData("{{ 'https://x.org/a path/?q=<t>&ok=1#f' | html.url_escape }}", "https://x.org/a%20path/?q=%3Ct%3E&ok=1#f")]
    [InlineData("{{ '/搜索?q=洪水' | html.url_escape }}", "/%E6%90%9C%E7%B4%A2?q=%E6%B4%AA%E6%B0%B4")]
    [InlineData("[{{ null | html.strip }}][{{ null | html.escape }}]", "[][]")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void Escape_is_not_escaped_twice_in_escaping_mode()
        => Assert.Equal("&lt;b&gt;", Render("{{ '<b>' | html.escape }}", Escaping));

    [Fact]
    public void Newline_to_br_escapes_plain_text_first_in_escaping_mode()
        => Assert.Equal("&lt;script&gt;x<br />\ny", Render("{{ '<script>x\ny' | html.newline_to_br }}", Escaping));

    [Fact]
    public void Strip_output_stays_escaped_in_escaping_mode()
        => Assert.Equal("a &amp;lt;b", Render("{{ '<i>a &lt;b</i>' | html.strip }}", Escaping));
}
