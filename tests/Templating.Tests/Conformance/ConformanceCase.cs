namespace Civic.Templating.Tests.Conformance;

/// <summary>One row of manifest.tsv.</summary>
public sealed record ConformanceCase(string Category, string Name, string Lang, string Kind)
{
    public string Id => $"{Category}/{Name}";

    /// <summary>Why the case is out of scope, or null when it is in scope.</summary>
    public string? ExclusionReason => Kind switch
    {
        "ast-dump" => "AST dumps are engine-specific (node type + span offsets), not render results",
        "skip-nondeterministic" => "random/uuid output is nondeterministic (skipped upstream too)",
        _ when Lang == "liquid" => "Liquid mode is out of scope",
        _ when Lang == "scientific" => "scientific mode is out of scope",
        _ => null,
    };

    public override string ToString() => Id;
}
