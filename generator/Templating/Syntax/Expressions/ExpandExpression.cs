using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>^list</c>: the items of the list become separate arguments of the call it is piped or passed to.</summary>
public sealed class ExpandExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public ExpandExpression(Expression list) => List = list;

    /// <summary>The expanded list.</summary>
    public Expression List { get; }

    internal override object? Evaluate(TemplateContext context) => List.Evaluate(context);

    /// <inheritdoc/>
    public override string ToString() => "^" + List;
}
