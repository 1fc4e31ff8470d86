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

    /// <summary>Repeats the indentation of the include's line on every following line of its output.</summary>
    private static string Indent(string text, string indent)
    {
        var builder = new System.Text.StringBuilder(text.Length + indent.Length * 4);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] != '\n')
            {
                builder.Append(indent);
            }
        }

        return builder.ToString();
    }

    public IReadOnlyList<ScriptParameter> Parameters => Declared;

    private static void RenderInFrame(TemplateContext context, Template template, ScriptArray arguments)
    {
        context.PushFrame(new Frame(arguments, null));
        try
        {
            template.RenderInto(context);
        }
        finally
        {
            context.PopFrame();
        }
    }

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
        var caller = context.CurrentTemplate;
        var template = caller?.FindInclude(context.Options, name);
        if (template is null)
        {
            var path = loader.ResolvePath(name, caller?.Path ?? string.Empty) ?? throw call.Error($"Include template path is null for `{name}`");
            template = context.GetIncludedTemplate(path, loader, call);
            caller?.RememberInclude(context.Options, name, template);
        }

        // The array bound to this call is fresh and seen by no one else: without the name it is the include's `$`,
        // named arguments included.
        all.RemoveAt(0);
        var arguments = all;
        var isStatement = context.DirectIncludeSpan == call.Span;
        context.DirectIncludeSpan = null;
        var indent = context.Options.IndentIncludes ? context.Output.TrailingIndentLength() : -1;
        if (isStatement)
        {
            // Used as a statement: the output goes straight into the caller's output, indented in place if needed.
            if (indent <= 0)
            {
                RenderInFrame(context, template, arguments);
                return null;
            }

            context.PushOutput();
            try
            {
                RenderInFrame(context, template, arguments);
            }
            catch
            {
                context.Output.PopDiscard();
                throw;
            }

            if (!context.Output.PopIndented(indent))
            {
                throw context.OutputLimitError(context.DirectIncludeStatementSpan);
            }

            return null;
        }

        context.PushOutput();
        string text;
        try
        {
            RenderInFrame(context, template, arguments);
        }
        finally
        {
            text = context.PopOutput();
        }

        if (context.Options.IndentIncludes && context.Output.TrailingIndent() is { Length: > 0 } lineIndent)
        {
            text = Indent(text, lineIndent);
        }

        return new HtmlString(text);
    }
}
