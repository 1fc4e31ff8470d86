using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Runtime;

public sealed class RuntimeErrorTests
{
    private static TemplateRuntimeException Fail(string text, string path = "layouts/page.sbn")
    {
        var template = Template.Parse(text, path);
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        return Assert.Throws<TemplateRuntimeException>(() => template.Render(new ScriptObject()));
    }

    [Fact]
    public void Member_access_on_null_reports_path_line_column_and_source_line()
    {
        var error = Fail("<h1>\n  {{ 页面 = null }}{{ 页面.标题 }}\n</h1>");
        Assert.Equal("layouts/page.sbn", error.Path);
        Assert.Equal(2, error.Span.Line);
        Assert.Equal(24, error.Span.Column);
        Assert.Equal("  {{ 页面 = null }}{{ 页面.标题 }}", error.SourceLine);
        Assert.Equal("layouts/page.sbn(2,24) : error : Cannot get the member 页面.标题 for a null object.", error.Message);
    }

    [Fact]
    public void Null_conditional_access_gives_null_instead_of_an_error()
        => Assert.Equal("[]", Template.Parse("{{ x = null }}[{{ x?.y?.z }}]").Render());

    [Fact]
    public void Unknown_function_names_the_call()
        => Assert.Contains("The function `nope` was not found", Fail("{{ nope 1 }}").Message);

    [Fact]
    public void Error_inside_an_include_points_into_the_included_template()
    {
        var options = new TemplateOptionsBuilder
        {
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["part"] = "ok\n{{ 1 + 'a' * 'b' }}" }),
        }.Build();
        var error = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ include 'part' }}").Render(null, options));
        Assert.Equal("part", error.Path);
        Assert.Equal(2, error.Span.Line);
        Assert.Equal("{{ 1 + 'a' * 'b' }}", error.SourceLine);
    }

    [Fact]
    public void Wrong_argument_count_is_reported_at_the_call()
    {
        var error = Fail("{{ func f(a, b); ret a; end }}\n{{ f(1) }}");
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("expecting `2` arguments", error.Message);
    }
}
