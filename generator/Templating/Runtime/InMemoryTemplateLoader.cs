namespace Civic.Templating.Runtime;

/// <summary>A loader over a fixed set of named templates (tests, small hosts).</summary>
public sealed class InMemoryTemplateLoader : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, string> _templates;

    /// <summary>Creates the loader; keys are include names.</summary>
    public InMemoryTemplateLoader(IReadOnlyDictionary<string, string> templates) => _templates = templates;

    /// <inheritdoc/>
    public string? ResolvePath(string name, string callerPath) => _templates.ContainsKey(name) ? name : null;

    /// <inheritdoc/>
    public string? Load(string path) => _templates.TryGetValue(path, out var text) ? text : null;
}
