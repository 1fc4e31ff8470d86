using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>@f</c>: the function value itself, not the result of calling it.</summary>
public sealed class AliasExpression : Expression
{
    /// <summary>Creates the alias.</summary>
    public AliasExpression(Expression target) => Target = target;

    /// <summary>The aliased expression.</summary>
    public Expression Target { get; }

    internal override object? Evaluate(TemplateContext context)
        => Target switch
        {
            PathExpression path => path.EvaluateRaw(context),
            ParenthesizedExpression { Inner: FunctionExpression function } => function.Function,
            _ => Target.Evaluate(context),
        };

    /// <inheritdoc/>
    public override string ToString() => "@" + Target;
}
