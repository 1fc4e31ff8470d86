using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Runtime;

public sealed class LimitsTests
{
    private static TemplateRuntimeException RenderError(string text, TemplateOptions? options = null)
    {
        var template = Template.Parse(text, "limits.sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        return Assert.Throws<TemplateRuntimeException>(() => template.Render(null, options));
    }

    [Fact]
    public void Endless_while_loop_stops_with_a_clear_error()
    {
        var error = RenderError("{{ while true; end }}");
        Assert.Contains("iteration limit `100000`", error.Message);
        Assert.Equal("limits.sbn", error.Path);
        Assert.Equal((1, 4), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Loop_limit_is_configurable()
    {
        var options = new TemplateOptionsBuilder { LoopLimit = 10 }.Build();
        Assert.Contains("iteration limit `10`", RenderError("{{ for x in [1,2,3,4,5,6,7,8,9,10,11]; end }}", options).Message);
    }

    [Fact]
    public void Ten_thousand_items_render_with_default_limits()
    {
        var items = new ScriptArray(Enumerable.Range(0, 10_000).Select(static i => (object?)i));
        var model = new ScriptObject();
        model.SetValue("stories", items);
        var output = Template.Parse("{{ n = 0 }}{{ for s in stories }}{{ n = n + 1 }}{{ end }}{{ n }}").Render(model);
        Assert.Equal("10000", output);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var options = new TemplateOptionsBuilder { RecursionLimit = 50 }.Build();
        var error = RenderError("{{ func f\n f\nend\nf }}", options);
        Assert.Contains("recursive depth limit `50`", error.Message);
    }

    [Fact]
    public void Include_recursion_stops_at_the_recursion_limit()
    {
        var options = new TemplateOptionsBuilder
        {
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["self"] = "{{ include 'self' }}" }),
        }.Build();
        Assert.Contains("recursive depth limit", RenderError("{{ include 'self' }}", options).Message);
    }

    [Fact]
    public void Output_size_is_limited()
    {
        var options = new TemplateOptionsBuilder { OutputLimit = 100 }.Build();
        Assert.Contains("OutputLimit", RenderError("{{ for i in 1..50 }}abcdef{{ end }}", options).Message);
    }

    [Fact]
    public void Huge_string_repetition_is_limited()
    {
        var options = new TemplateOptionsBuilder { OutputLimit = 1000 }.Build();
        Assert.Contains("output limit", RenderError("{{ x = 'a' * 100000 }}", options).Message);
    }

    [Fact]
    public void Huge_range_is_refused()
        => Assert.Contains("exceeds LoopLimit", RenderError("{{ for x in 1..100000000; end }}").Message);

    [Fact]
    public void Render_can_be_cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var context = new TemplateContext { CancellationToken = source.Token };
        Assert.Throws<OperationCanceledException>(() => Template.Parse("{{ while true; end }}").Render(context));
    }
}
