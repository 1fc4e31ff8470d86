using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site;

/// <summary>The outcome of one build: the diagnostics of every stage, and what was written.</summary>
/// <param name="Succeeded">True when there was no error and the output folder was replaced.</param>
/// <param name="Diagnostics">Every problem found, sorted.</param>
/// <param name="OutputDir">The output folder (untouched when the build failed).</param>
/// <param name="PageCount">HTML pages in the site.</param>
/// <param name="RenderedCount">Pages actually rendered; the rest came from the render cache (serve only).</param>
public sealed record BuildResult(bool Succeeded, ImmutableArray<Diagnostic> Diagnostics, string OutputDir, int PageCount, int RenderedCount);
