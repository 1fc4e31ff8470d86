using System.Text;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Runtime;

/// <summary>
/// Pages far larger than the output buffer's first size, with captures and includes (which share the buffer)
/// nested inside it: the text must come out exactly as if each had its own buffer.
/// </summary>
public sealed class OutputBufferTests
{
    private const int Rows = 3_000;

    private static TemplateOptions Options(Dictionary<string, string> partials, bool escape = true)
        => new TemplateOptionsBuilder { EscapeHtml = escape, Loader = new InMemoryTemplateLoader(partials) }.Build();

    private static ScriptObject Model()
    {
        var model = new ScriptObject();
        model.SetValue("rows", new ScriptArray(Enumerable.Range(0, Rows).Select(static i => (object?)$"行 {i} <&>")));
        return model;
    }

    private static string Render(string text, TemplateOptions options, object? model = null)
    {
        var template = Template.Parse(text, "page.sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        return template.Render(model ?? Model(), options);
    }

    [Fact]
    public void Long_loop_of_indented_includes_indents_every_line_of_every_include()
    {
        var options = Options(new() { ["row"] = "<li>{{ $0 }}</li>\n<li>\n\nend</li>" });
        var output = Render("<ul>{{ for r in rows }}\n  {{ include 'row' r }}{{ end }}\n</ul>", options);

        var expected = new StringBuilder("<ul>");
        for (var i = 0; i < Rows; i++)
        {
            expected.Append($"\n  <li>行 {i} &lt;&amp;&gt;</li>\n  <li>\n\n  end</li>");
        }

        Assert.Equal(expected.Append("\n</ul>").ToString(), output);
    }

    [Fact]
    public void Long_capture_inside_a_long_page_keeps_both_texts_whole()
    {
        var options = Options(new() { ["layout"] = "<main>\n  {{ body }}\n</main>" });
        var output = Render("{{ for r in rows }}{{ r }};{{ end }}|{{ capture body }}{{ for r in rows }}[{{ r }}]\n{{ end }}{{ end }}{{ include 'layout' }}", options);

        var row = Enumerable.Range(0, Rows).Select(static i => $"行 {i} &lt;&amp;&gt;").ToList();
        var expected = string.Concat(row.Select(static r => r + ";")) + "|<main>\n  " + string.Concat(row.Select(static r => $"[{r}]\n")) + "\n</main>";
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Indented_include_used_as_a_value_gives_the_same_text_as_the_statement()
    {
        var options = Options(new() { ["block"] = "{{ for r in rows }}{{ r }}\n{{ end }}" });
        var asStatement = Render("<div>\n    {{ include 'block' }}\n</div>", options);
        var asValue = Render("<div>\n    {{ include 'block' | string.append '' }}\n</div>", options);

        Assert.Equal(asStatement, asValue);
        Assert.StartsWith("<div>\n    行 0 &lt;&amp;&gt;\n    行 1 &lt;&amp;&gt;\n", asStatement);
        Assert.EndsWith($"\n    行 {Rows - 1} &lt;&amp;&gt;\n\n</div>", asStatement);
    }

    [Fact]
    public void Long_strings_are_escaped_exactly_as_the_escaper_does()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(static i => i % 7 == 0 ? "'\"&<>" : "文字 text "));
        var model = new ScriptObject();
        model.SetValue("text", text);

        Assert.Equal("[" + HtmlEscaper.Escape(text) + "]", Render("[{{ text }}]", Options(new()), model));
        Assert.Equal("[" + text + "]", Render("[{{ text }}]", Options(new(), escape: false), model));
    }

    [Fact]
    public void A_context_rendered_twice_keeps_the_first_output_before_the_second()
    {
        var template = Template.Parse("{{ for r in rows }}{{ r }}{{ end }}");
        var context = new TemplateContext(Options(new())) { Model = Model() };
        var first = template.Render(context);
        var second = template.Render(context);

        Assert.Equal(first + first, second);
    }

    [Fact]
    public void Include_past_the_output_limit_is_an_error_inside_the_include()
    {
        var options = new TemplateOptionsBuilder
        {
            OutputLimit = 10_000,
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["block"] = "{{ for r in rows }}{{ r }}\n{{ end }}" }),
        }.Build();
        var template = Template.Parse("<div>\n  {{ include 'block' }}\n</div>", "page.sbn");

        var error = Assert.Throws<TemplateRuntimeException>(() => template.Render(Model(), options));
        Assert.Contains("exceeds the limit of 10000 characters", error.Message);
        Assert.Equal("block", error.Path);
    }

    [Fact]
    public void Indentation_that_takes_an_include_past_the_output_limit_is_an_error_at_the_include_line()
    {
        // 2,000 characters from the include fit; with 8 spaces added to 999 lines they do not.
        var options = new TemplateOptionsBuilder
        {
            OutputLimit = 5_000,
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["block"] = "{{ for i in 1..1000 }}x\n{{ end }}" }),
        }.Build();
        var template = Template.Parse("<div>\n        {{ include 'block' }}\n</div>", "page.sbn");

        var error = Assert.Throws<TemplateRuntimeException>(() => template.Render(null, options));
        Assert.Contains("exceeds the limit of 5000 characters", error.Message);
        Assert.Equal(("page.sbn", 2), (error.Path, error.Span.Line));
    }

    [Fact]
    public void Rendering_into_a_writer_gives_the_same_text_as_rendering_to_a_string()
    {
        var options = Options(new() { ["row"] = "<li>{{ $0 }}</li>\n<li>x</li>" });
        var template = Template.Parse("<ul>{{ for r in rows }}\n  {{ include 'row' r }}{{ end }}\n</ul>", "page.sbn");
        var expected = template.Render(new TemplateContext(options) { Model = Model() });

        using var writer = new StringWriter();
        var context = new TemplateContext(options) { Model = Model() };
        template.RenderTo(context, writer);

        Assert.Equal(expected, writer.ToString());
        Assert.True(expected.Length > 100_000);
        Assert.Equal(0, context.Output.TotalLength);
    }
}
