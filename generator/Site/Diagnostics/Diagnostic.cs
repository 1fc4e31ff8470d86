using System.Collections.Immutable;

namespace Civic.Site.Diagnostics;

/// <summary>
/// One problem found in the content. Create them through <see cref="DiagnosticDescriptor.Create"/> so that
/// every message and hint comes from <see cref="DiagnosticCodes"/>.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code such as <c>CIV2103</c>; never reused for another meaning.</param>
/// <param name="Message">One line, lower case start, no final period.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Hint">What the editor can do about it; may be null.</param>
/// <param name="Related">Other places that explain the problem.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    string? Hint,
    ImmutableArray<RelatedLocation> Related)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Returns a copy with one more related location.</summary>
    public Diagnostic WithRelated(SourceLocation location, string message) =>
        this with { Related = Related.Add(new RelatedLocation(location, message)) };

    /// <summary>Orders by path (ordinal), line, column, then code: the order in which diagnostics are printed.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (c != 0) return c;
        c = a.Location.Line.CompareTo(b.Location.Line);
        if (c != 0) return c;
        c = a.Location.Column.CompareTo(b.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
