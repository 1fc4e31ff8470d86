using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>[a, b, c]</c>: a new array on every evaluation.</summary>
public sealed class ArrayExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public ArrayExpression(IReadOnlyList<Expression> items) => Items = items;

    /// <summary>The item expressions.</summary>
    public IReadOnlyList<Expression> Items { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(Items.Count);
        foreach (var item in Items)
        {
            array.Add(item.Evaluate(context));
        }

        return array;
    }

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
