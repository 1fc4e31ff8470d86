using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>An anonymous function: <c>do ... end</c> (optionally <c>do (x, y) ... end</c>).</summary>
public sealed class FunctionExpression : Expression
{
    internal FunctionExpression(TemplateFunction function) => Function = function;

    internal TemplateFunction Function { get; }

    internal override object? Evaluate(TemplateContext context) => Function;

    /// <inheritdoc/>
    public override string ToString() => "do ... end";
}
