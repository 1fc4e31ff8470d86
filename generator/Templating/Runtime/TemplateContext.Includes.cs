using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>Included templates, parsed once per render and reused.</summary>
public sealed partial class TemplateContext
{
    private Dictionary<string, Template>? _includes;

    internal Template GetIncludedTemplate(string path, ITemplateLoader loader, ScriptCall call)
    {
        _includes ??= new Dictionary<string, Template>(StringComparer.Ordinal);
        if (_includes.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = loader.Load(path) ?? throw call.Error($"The template `{path}` could not be loaded");
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw call.Error("Error while parsing template `" + path + "`: " + string.Join("\n", template.Diagnostics));
        }

        _includes[path] = template;
        return template;
    }
}
