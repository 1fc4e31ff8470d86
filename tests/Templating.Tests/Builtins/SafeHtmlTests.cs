using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class SafeHtmlTests
{
    private static readonly TemplateOptions Escaping = new TemplateOptionsBuilder { EscapeHtml = true }.Build();

    private static string RenderSafe(string template)
        => Render(template, Escaping, context =>
        {
            context.Globals.SetValue("content", new HtmlString("  <p>A &amp; B</p>\n"));
            context.Globals.SetValue("name", "<script>x</script>");
        });

    [Fact]
    public void Stripping_whitespace_keeps_safe_html_unescaped()
        => Assert.Equal("<p>A &amp; B</p>", RenderSafe("{{ content | string.strip }}"));

    [Fact]
    public void Appending_plain_text_to_safe_html_escapes_only_the_plain_text()
        => Assert.Equal("  <p>A &amp; B</p>\n&lt;script&gt;x&lt;/script&gt;", RenderSafe("{{ content | string.append name }}"));

    [Fact]
    public void Prepending_plain_text_to_plain_text_is_escaped_as_a_whole()
        => Assert.Equal("&lt;b&gt;&lt;script&gt;x&lt;/script&gt;", RenderSafe("{{ name | string.prepend '<b>' }}"));

    [Fact]
    public void Other_string_functions_give_plain_text_that_is_escaped()
        => Assert.Equal("  &lt;p&gt;A &amp;amp; B&lt;/p&gt;\n", RenderSafe("{{ content | string.replace 'x' 'y' }}"));

    [Fact]
    public void Stripping_tags_from_safe_html_gives_its_text_escaped_once()
        => Assert.Equal("A &amp; B", RenderSafe("{{ content | html.strip | string.strip }}"));
}
