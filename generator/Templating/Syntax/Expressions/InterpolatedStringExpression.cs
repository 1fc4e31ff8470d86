using System.Text;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>$"text {expression} text"</c>: the parts are literal strings and expressions, concatenated.</summary>
public sealed class InterpolatedStringExpression : Expression
{
    /// <summary>Creates the expression.</summary>
    public InterpolatedStringExpression(IReadOnlyList<Expression> parts) => Parts = parts;

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<Expression> Parts { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var builder = new StringBuilder();
        foreach (var part in Parts)
        {
            builder.Append(ValueConverter.ToText(part.Evaluate(context)));
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => "$\"...\"";
}
