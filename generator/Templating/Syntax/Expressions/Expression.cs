using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>An expression: evaluates to a value. Nodes are immutable, so a parsed template is shared across threads.</summary>
public abstract class Expression : Node
{
    /// <summary>Computes the value.</summary>
    internal abstract object? Evaluate(TemplateContext context);

    /// <summary>Source-like text of the expression, for messages.</summary>
    public abstract override string ToString();
}
