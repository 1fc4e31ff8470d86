using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>case value when a, b ... else ... end</c>: the first matching <c>when</c> runs.</summary>
public sealed class CaseStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public CaseStatement(Expression value, IReadOnlyList<WhenClause> whens, BlockStatement? @else)
    {
        Value = value;
        Whens = whens;
        Else = @else;
    }

    /// <summary>The tested value.</summary>
    public Expression Value { get; }

    /// <summary>The clauses in order.</summary>
    public IReadOnlyList<WhenClause> Whens { get; }

    /// <summary>Runs when no clause matches.</summary>
    public BlockStatement? Else { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        foreach (var when in Whens)
        {
            foreach (var candidate in when.Values)
            {
                if (ValueComparer.Instance.Equals(value, candidate.Evaluate(context)))
                {
                    return when.Body.Execute(context);
                }
            }
        }

        return Else?.Execute(context) ?? Completion.Normal;
    }
}
