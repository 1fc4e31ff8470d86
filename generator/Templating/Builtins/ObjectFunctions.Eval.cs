using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary><c>object.eval</c> and <c>object.eval_template</c>: run template text in the current render.</summary>
internal static partial class ObjectFunctions
{
    private static object? Eval(ScriptCall call, bool asTemplate)
    {
        switch (call[0])
        {
            case null:
                return null;
            case IScriptFunction function:
                return call.Invoke(function);
            case not string:
                return call[0];
        }

        // eval takes code without delimiters; wrapping it in a code block gives the same statements. The closing
        // delimiter goes on its own line so that a trailing comment cannot swallow it.
        var text = call.GetString(0);
        var template = Template.Parse(asTemplate ? text : "{{" + text + "\n}}", call.Span.Path);
        if (template.HasErrors)
        {
            throw call.Error(template.Diagnostics[0].Message);
        }

        var context = call.Context;
        context.PushOutput();
        string output;
        try
        {
            template.RenderInto(context);
        }
        finally
        {
            output = context.PopOutput();
        }

        return output;
    }
}
