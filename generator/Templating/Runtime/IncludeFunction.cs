using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// <c>include "name" args...</c>: loads a template through <see cref="TemplateOptions.Loader"/>, parses it once per
/// render and renders it in the caller's context with the extra arguments as <c>$</c>/<c>$0</c>...
/// Its output is already-rendered text, so escaping mode never escapes it again.
/// </summary>
internal sealed class IncludeFunction : IArgumentArrayFunction
{
    public static readonly IncludeFunction Instance = new();

    private static readonly ScriptParameter[] Declared = { ScriptParameter.Required("name"), ScriptParameter.Params("args") };

    public string Name => "include";

    public IReadOnlyList<ScriptParameter> Parameters => Declared;

    public object? Invoke(ScriptCall call)
    {
        var context = call.Context;
        var all = (ScriptArray)call[0]!;
        if (all.Count == 0 || all[0] is null)
        {
            throw call.Error("Include template name cannot be null or empty");
        }

        var name = ValueConverter.ToText(all[0]);
        var loader = context.Options.Loader ?? throw call.Error("Unable to include <" + name + ">: no template loader is configured");
        var callerPath = context.CurrentTemplate?.Path ?? string.Empty;
        var path = loader.ResolvePath(name, callerPath) ?? throw call.Error($"Include template path is null for `{name}`");
        var template = context.GetIncludedTemplate(path, loader, call);
        var arguments = new ScriptArray(all.Skip(1));
        if (all.HasMembers)
        {
            foreach (var pair in all.Members)
            {
                arguments.Members.SetValue(pair.Key, pair.Value);
            }
        }

        context.PushOutput();
        context.PushFrame(new Frame(new ScriptObject(), arguments, null));
        try
        {
            template.RenderInto(context);
        }
        finally
        {
            context.PopFrame();
        }

        return new HtmlString(context.PopOutput());
    }
}
