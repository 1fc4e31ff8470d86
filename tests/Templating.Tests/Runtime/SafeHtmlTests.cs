using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using static Civic.Templating.Tests.TemplateTestHelper;

namespace Civic.Templating.Tests.Runtime;

public sealed class SafeHtmlTests
{
    private const string Payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private const string Escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static readonly ScriptObject Model = CreateModel();

    private static ScriptObject CreateModel()
    {
        var model = new ScriptObject();
        model.SetValue("evil", Payload);
        model.SetValue("safe", new HtmlString("<em>ok</em>"));
        return model;
    }

    [Fact]
    public void Plain_string_in_text_is_escaped()
        => Assert.Equal($"<p>{Escaped}</p>", Render("<p>{{ evil }}</p>", Model, EscapingOptions()));

    [Fact]
    public void Attribute_built_by_interpolation_is_escaped()
        => Assert.Equal($"<a title=\"{Escaped}\">", Render("<a title=\"{{ $\"{evil}\" }}\">", Model, EscapingOptions()));

    [Fact]
    public void Pipe_result_is_escaped()
        => Assert.Equal("&lt;SCRIPT&gt;", Render("{{ '<script>' | string.upcase }}", Model, EscapingOptions()));

    [Fact]
    public void Function_return_value_is_escaped()
        => Assert.Equal(Escaped, Render("{{ func f; ret evil; end; f }}", Model, EscapingOptions()));

    [Fact]
    public void Function_output_is_escaped()
        => Assert.Equal(Escaped, Render("{{ func f\n evil\nend\nf }}", Model, EscapingOptions()));

    [Fact]
    public void Capture_escapes_once_and_is_not_escaped_again()
        => Assert.Equal($"[{Escaped}]", Render("{{ capture c }}{{ evil }}{{ end }}[{{ c }}]", Model, EscapingOptions()));

    [Fact]
    public void Include_output_is_not_escaped_twice_but_its_values_are_escaped()
    {
        var options = EscapingOptions(new() { ["card"] = "<b>{{ evil }}</b>" });
        Assert.Equal($"<div><b>{Escaped}</b></div>", Render("<div>{{ include 'card' }}</div>", Model, options));
    }

    [Fact]
    public void Include_argument_is_escaped_inside_the_include()
    {
        var options = EscapingOptions(new() { ["card"] = "<b>{{ $0 }}</b>" });
        Assert.Equal($"<b>{Escaped}</b>", Render("{{ include 'card' evil }}", Model, options));
    }

    [Fact]
    public void Safe_value_is_written_as_is()
        => Assert.Equal("<em>ok</em>", Render("{{ safe }}", Model, EscapingOptions()));

    [Fact]
    public void Joining_safe_and_plain_text_escapes_only_the_plain_part()
        => Assert.Equal("<em>ok</em>&lt;b&gt;", Render("{{ safe + '<b>' }}", Model, EscapingOptions()));

    [Fact]
    public void Loop_items_are_escaped()
    {
        var model = new ScriptObject();
        model.SetValue("items", new ScriptArray(new object?[] { "<i>", "&" }));
        Assert.Equal("&lt;i&gt;&amp;", Render("{{ for x in items }}{{ x }}{{ end }}", model, EscapingOptions()));
    }

    [Fact]
    public void Template_text_itself_is_never_escaped()
        => Assert.Equal("<p class=\"a\">&amp;</p>", Render("<p class=\"a\">{{ '&' }}</p>", Model, EscapingOptions()));

    [Fact]
    public void Escaping_is_off_by_default()
        => Assert.Equal(Payload, Render("{{ evil }}", Model));
}
