using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>if cond ... else if cond ... else ... end</c>; an <c>else if</c> is a nested if in <see cref="Else"/>.</summary>
public sealed class IfStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public IfStatement(Expression condition, BlockStatement then, Statement? @else)
    {
        Condition = condition;
        Then = then;
        Else = @else;
    }

    /// <summary>The test.</summary>
    public Expression Condition { get; }

    /// <summary>Runs when the test is truthy.</summary>
    public BlockStatement Then { get; }

    /// <summary>Runs otherwise: a block or another if.</summary>
    public Statement? Else { get; }

    internal override Completion Execute(TemplateContext context)
    {
        if (ValueConverter.ToBool(Condition.Evaluate(context)))
        {
            return Then.Execute(context);
        }

        return Else?.Execute(context) ?? Completion.Normal;
    }
}
