namespace Civic.Templating.Tests.Parsing;

public sealed class ParserDiagnosticsTests
{
    [Fact]
    public void Parse_errors_are_data_formatted_like_scriban()
    {
        var template = Template.Parse("line one\n{{ if true }}\nno end", "themes/x.sbn");
        Assert.True(template.HasErrors);
        Assert.Equal("themes/x.sbn(2,12) : error : Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
            template.Diagnostics[0].ToString());
    }

    [Fact]
    public void Every_error_of_a_template_is_reported()
    {
        var template = Template.Parse("{{ break }}\n{{ continue }}");
        Assert.Equal(new[] { 1, 2 }, template.Diagnostics.Select(static d => d.Span.Line));
    }

    [Fact]
    public void Columns_count_unicode_scalar_values()
    {
        var template = Template.Parse("中文𝄞{{ 1 + }}");
        Assert.Equal(11, template.Diagnostics[0].Span.Column);
    }

    [Fact]
    public void Rendering_a_template_with_errors_is_refused()
        => Assert.Throws<InvalidOperationException>(() => Template.Parse("{{ ( }}").Render());

    [Fact]
    public void Every_node_carries_its_span()
    {
        var template = Template.Parse("ab\n  {{ x }}");
        var statement = template.Body.Statements[^1];
        Assert.Equal((2, 6), (statement.Span.Line, statement.Span.Column));
    }
}
