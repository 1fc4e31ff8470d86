using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site.Model;

/// <summary>The outcome of loading and validating a site.</summary>
/// <param name="Model">The frozen model, or null when there were errors.</param>
/// <param name="Diagnostics">Every problem found, sorted by location.</param>
/// <param name="Sources">Texts of the files read, for <see cref="DiagnosticFormatter"/>.</param>
public sealed record SiteLoadResult(SiteModel? Model, ImmutableArray<Diagnostic> Diagnostics, SourceTextSet Sources)
{
    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
