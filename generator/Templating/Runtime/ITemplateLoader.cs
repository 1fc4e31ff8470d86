namespace Civic.Templating.Runtime;

/// <summary>
/// Resolves the templates named by <c>include</c>. A test seam and the site's theme lookup. Its answers are taken as
/// fixed for the life of one <see cref="TemplateOptions"/>: resolved paths and parsed texts are cached there.
/// </summary>
public interface ITemplateLoader
{
    /// <summary>
    /// Maps an include name to a template path; null if it cannot be resolved (reported as an error at the include).
    /// <paramref name="callerPath"/> is the path of the template doing the include.
    /// </summary>
    string? ResolvePath(string name, string callerPath);

    /// <summary>Loads the text at a resolved path; null when there is no text (reported as an error).</summary>
    string? Load(string path);
}
