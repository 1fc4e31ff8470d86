namespace Civic.Templating.Runtime;

/// <summary>
/// An error raised while rendering: a user mistake in a template (null member access, wrong argument count,
/// limits exceeded), reported at the span of the node that failed together with the offending source line.
/// </summary>
public sealed class TemplateRuntimeException : Exception
{
    /// <summary>Creates the error; <paramref name="sourceLine"/> is the full text of the line at <paramref name="span"/>.</summary>
    public TemplateRuntimeException(SourceSpan span, string reason, string? sourceLine = null, Exception? inner = null)
        : base($"{span.Path}({span.Line},{span.Column}) : error : {reason}", inner)
    {
        Span = span;
        Reason = reason;
        SourceLine = sourceLine ?? string.Empty;
    }

    /// <summary>Where the error happened.</summary>
    public SourceSpan Span { get; }

    /// <summary>The template path, as given to <see cref="Template.Parse"/>.</summary>
    public string Path => Span.Path;

    /// <summary>The message without the position prefix.</summary>
    public string Reason { get; }

    /// <summary>The source line at <see cref="Span"/> (without its line break), for display under the message.</summary>
    public string SourceLine { get; }
}
