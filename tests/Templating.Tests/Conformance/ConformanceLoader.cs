using Civic.Templating.Runtime;

namespace Civic.Templating.Tests.Conformance;

/// <summary>The upstream test loader: _loader/scriban/&lt;name&gt;.sbn-txt, else the name itself is the template text.</summary>
internal sealed class ConformanceLoader : ITemplateLoader
{
    private readonly string _folder;

    public ConformanceLoader(string folder) => _folder = folder;

    public string? ResolvePath(string name, string callerPath) => name == "null" ? null : name;

    public string? Load(string path)
    {
        if (path == "invalid2")
        {
            return null;
        }

        var file = Path.Combine(_folder, path + ".sbn-txt");
        return File.Exists(file) ? File.ReadAllText(file) : path;
    }
}
