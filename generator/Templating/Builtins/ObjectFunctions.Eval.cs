using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

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

        return asTemplate ? RenderToText(template, call.Context) : EvaluateCode(template, call.Context);
    }

    private static string RenderToText(Template template, TemplateContext context)
    {
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

    /// <summary>Runs the statements and gives the value of the last one when it is an expression (as Scriban does),
    /// so <c>"1 + 2" | object.eval</c> is the number 3, not the text "3".</summary>
    private static object? EvaluateCode(Template template, TemplateContext context)
    {
        var statements = template.Body.Statements;
        var last = statements.Count > 0 ? statements[^1] as ExpressionStatement : null;
        if (last is null || last.Expression is AssignExpression)
        {
            template.RenderInto(context);
            return null;
        }

        var previous = context.CurrentTemplate;
        context.CurrentTemplate = template;
        try
        {
            for (var i = 0; i < statements.Count - 1; i++)
            {
                if (statements[i].Execute(context) != Completion.Normal)
                {
                    return null;
                }
            }

            return last.Expression.Evaluate(context);
        }
        finally
        {
            context.CurrentTemplate = previous;
        }
    }
}
