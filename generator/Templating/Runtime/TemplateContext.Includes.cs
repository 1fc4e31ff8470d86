namespace Civic.Templating.Runtime;

/// <summary>Included templates: parsed once per <see cref="TemplateOptions"/> (a loader's text is taken as fixed).</summary>
public sealed partial class TemplateContext
{
    /// <summary>The span of an include call whose output may go straight to the current output.</summary>
    internal SourceSpan? DirectIncludeSpan { get; set; }

    /// <summary>The span of the statement holding that include: where writing its output reports errors.</summary>
    internal SourceSpan DirectIncludeStatementSpan { get; set; }

    internal Template GetIncludedTemplate(string path, ITemplateLoader loader, Values.ScriptCall call)
    {
        if (Options.IncludeCache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = loader.Load(path) ?? throw call.Error($"The template `{path}` could not be loaded");
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw call.Error("Error while parsing template `" + path + "`: " + string.Join("\n", template.Diagnostics));
        }

        return Options.IncludeCache.GetOrAdd(path, template);
    }
}
