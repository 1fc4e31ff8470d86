namespace Civic.Site.Load;

/// <summary>Safety limits for reading content. Content files are small; the limits stop accidents and attacks.</summary>
/// <param name="MaxFileBytes">Largest file read; larger files are reported without being read.</param>
/// <param name="MaxYamlValues">Most values a YAML document may expand to through aliases.</param>
/// <param name="MaxYamlDepth">Deepest nesting of lists and mappings.</param>
public sealed record LoadOptions(long MaxFileBytes = 1024 * 1024, long MaxYamlValues = 10_000, int MaxYamlDepth = 64)
{
    /// <summary>The limits used by <c>civic check</c> and <c>civic build</c>.</summary>
    public static LoadOptions Default { get; } = new();
}
