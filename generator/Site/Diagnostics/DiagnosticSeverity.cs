namespace Civic.Site.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail a build; warnings fail only with <c>--strict</c>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth a look, never fails a build.</summary>
    Warning,

    /// <summary>The content is wrong; the site is not built.</summary>
    Error,
}
