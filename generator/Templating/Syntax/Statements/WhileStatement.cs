using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>while cond ... end</c>, with <c>while.index</c>, <c>first</c>, <c>even</c>, <c>odd</c>.</summary>
public sealed class WhileStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public WhileStatement(Expression condition, BlockStatement body)
    {
        Condition = condition;
        Body = body;
    }

    /// <summary>The test, evaluated before each iteration.</summary>
    public Expression Condition { get; }

    /// <summary>The body.</summary>
    public BlockStatement Body { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var scope = context.PushLoop();
        var state = new LoopState(-1);
        scope.SetValue("while", state);
        try
        {
            var index = 0;
            while (ValueConverter.ToBool(Condition.Evaluate(context)))
            {
                context.StepWhile(Span);
                state.Move(index++, null);
                var completion = Body.Execute(context);
                if (completion == Completion.Break)
                {
                    break;
                }

                if (completion == Completion.Return)
                {
                    return completion;
                }
            }
        }
        finally
        {
            context.PopLoop();
        }

        return Completion.Normal;
    }
}
