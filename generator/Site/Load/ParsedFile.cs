using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>One content file, read on its own: what it parsed to, the problems found in it, and its text.</summary>
/// <param name="Value">The parsed value, or null when the file could not be used.</param>
/// <param name="Diagnostics">The problems found while reading it, in the order found.</param>
/// <param name="Text">Its text, or null when it was not read (too large).</param>
internal sealed record ParsedFile(object? Value, ImmutableArray<Diagnostic> Diagnostics, SourceText? Text);
