using System.Collections.Immutable;
using System.Globalization;

namespace Civic.Site.Diagnostics;

/// <summary>
/// A kind of diagnostic: its code, severity, message template and hint template. Templates use
/// <see cref="string.Format(IFormatProvider, string, object[])"/> placeholders; the same arguments fill both.
/// <see cref="AlternateHint"/> is used instead of <see cref="Hint"/> by <see cref="CreateWithAlternateHint"/>,
/// for example when "did you mean" has no close match.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    DiagnosticSeverity Severity,
    string MessageFormat,
    string? Hint,
    string? AlternateHint = null)
{
    /// <summary>Makes a diagnostic at <paramref name="location"/>.</summary>
    public Diagnostic Create(SourceLocation location, params object?[] args) =>
        Make(location, Hint, args);

    /// <summary>Makes a diagnostic whose hint is <see cref="AlternateHint"/>.</summary>
    public Diagnostic CreateWithAlternateHint(SourceLocation location, params object?[] args) =>
        Make(location, AlternateHint ?? Hint, args);

    private Diagnostic Make(SourceLocation location, string? hint, object?[] args) =>
        new(Severity,
            Code,
            string.Format(CultureInfo.InvariantCulture, MessageFormat, args),
            location,
            hint is null ? null : string.Format(CultureInfo.InvariantCulture, hint, args),
            ImmutableArray<RelatedLocation>.Empty);
}
