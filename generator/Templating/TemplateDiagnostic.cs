namespace Civic.Templating;

/// <summary>A problem found while parsing a template. Parse problems are data, never exceptions.</summary>
/// <param name="Span">Where the problem is.</param>
/// <param name="Message">What is wrong, in Scriban's wording where there is one.</param>
public sealed record TemplateDiagnostic(SourceSpan Span, string Message)
{
    /// <summary>Formats as Scriban does: <c>path(line,col) : error : message</c>.</summary>
    public override string ToString() => $"{Span.Path}({Span.Line},{Span.Column}) : error : {Message}";
}
