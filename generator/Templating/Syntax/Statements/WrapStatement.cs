using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>wrap f args ... end</c>: calls <c>f</c>, which renders the body wherever it evaluates <c>$$</c>.</summary>
public sealed class WrapStatement : Statement
{
    internal WrapStatement(Expression call, TemplateFunction body)
    {
        Call = call;
        Body = body;
    }

    /// <summary>The call to the wrapping function.</summary>
    public Expression Call { get; }

    internal TemplateFunction Body { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var target = Call is CallExpression call ? call.Target : Call;
        if (target is PathExpression path && path.EvaluateRaw(context) is not Runtime.Values.IScriptFunction)
        {
            throw context.Error(target.Span, $"Expecting a direct function instead of the expression `{target}/variable`");
        }

        context.PendingWrapBody = Body;
        object? result;
        try
        {
            result = Call.Evaluate(context);
        }
        finally
        {
            context.PendingWrapBody = null;
        }

        context.WriteValue(result, Span);
        return Completion.Normal;
    }
}
