using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>{name: value, "key": value}</c>: a new object on every evaluation.</summary>
public sealed class ObjectExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public ObjectExpression(IReadOnlyList<KeyValuePair<string, Expression>> members) => Members = members;

    /// <summary>The members, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, Expression>> Members { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var obj = new ScriptObject(Members.Count);
        foreach (var member in Members)
        {
            obj.SetValue(member.Key, member.Value.Evaluate(context));
        }

        return obj;
    }

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", Members.Select(static m => $"{m.Key}: {m.Value}")) + "}";
}
