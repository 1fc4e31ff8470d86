using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>
/// <c>for x in list offset: n limit: n reversed ... else ... end</c>. The loop variable and <c>for</c> live only
/// during the loop; <c>else</c> runs when there was nothing to iterate.
/// </summary>
public sealed class ForStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public ForStatement(VariableExpression variable, Expression iterable, LoopOptions options, BlockStatement body, BlockStatement? @else)
    {
        Variable = variable;
        Iterable = iterable;
        Options = options;
        Body = body;
        Else = @else;
    }

    /// <summary>The loop variable.</summary>
    public VariableExpression Variable { get; }

    /// <summary>What is iterated.</summary>
    public Expression Iterable { get; }

    /// <summary>offset/limit/reversed.</summary>
    public LoopOptions Options { get; }

    /// <summary>The body.</summary>
    public BlockStatement Body { get; }

    /// <summary>Runs when there is nothing to iterate.</summary>
    public BlockStatement? Else { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var items = LoopItems.Evaluate(context, Iterable, Options, Span);
        if (items.Count == 0)
        {
            return Else?.Execute(context) ?? Completion.Normal;
        }

        var scope = context.PushLoop();
        var state = new LoopState(items.Count);
        scope.SetValue("for", state);
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                context.CheckLoop(i + 1, Span);
                var item = items[i];
                scope.SetValue(Variable.StoreKey, item);
                state.Move(i, item);
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
