namespace Civic.Templating.Tests.Conformance;

/// <summary>The outcome of one conformance case.</summary>
internal sealed record CaseResult(bool Passed, string Expected, string Actual);
