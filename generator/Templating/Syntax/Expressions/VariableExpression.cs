using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>
/// A variable: a global name (<c>x</c>), a local (<c>$x</c>), the arguments (<c>$</c>, <c>$0</c>), the wrapped
/// block (<c>$$</c>), <c>this</c> or <c>empty</c>. A function value read by name is called with no arguments.
/// </summary>
public sealed class VariableExpression : PathExpression
{
    /// <summary>Creates the variable; <paramref name="name"/> excludes the <c>$</c> of a local.</summary>
    public VariableExpression(string name, bool isLocal)
    {
        // Interned, so a lookup in a host dictionary keyed by C# literals matches by reference.
        Name = string.Intern(name);
        IsLocal = isLocal;
        StoreKey = isLocal ? string.Intern("$" + name) : Name;
        _isKeyword = !isLocal && name is "this" or "empty";
        if (isLocal && int.TryParse(name, out var index))
        {
            ArgumentIndex = index;
        }
    }

    // `this` or `empty`, decided once instead of comparing the name at every evaluation.
    private readonly bool _isKeyword;

    /// <summary>The name, without <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>True for <c>$name</c>.</summary>
    public bool IsLocal { get; }

    internal int ArgumentIndex { get; } = -1;

    /// <summary>The key in a scope store: locals keep their <c>$</c> so they never answer a global lookup.</summary>
    internal string StoreKey { get; }

    internal override object? EvaluateRaw(TemplateContext context)
    {
        if (!IsLocal)
        {
            if (!_isKeyword)
            {
                return context.TryGetGlobal(Name, out var global) ? global : null;
            }

            return Name == "this" ? context.ThisObject : EmptyValue.Instance;
        }

        var frame = context.CurrentFrame;
        if (Name.Length == 0)
        {
            return frame.Arguments;
        }

        if (ArgumentIndex >= 0)
        {
            return frame.Arguments?[ArgumentIndex];
        }

        if (Name == "$")
        {
            return frame.WrapBody;
        }

        return context.TryGetLocal(StoreKey, out var local) ? local : null;
    }

    internal override void Assign(TemplateContext context, object? value)
    {
        if (!IsLocal)
        {
            if (Name is "this" or "empty")
            {
                throw context.Error(Span, $"Cannot assign to the builtin variable `{Name}`");
            }

            context.SetGlobal(Name, value, Span);
        }
        else if (Name.Length == 0 || ArgumentIndex >= 0 || Name == "$")
        {
            throw context.Error(Span, $"Cannot assign to the function argument `{this}`");
        }
        else
        {
            context.SetLocal(StoreKey, value);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => IsLocal ? "$" + Name : Name;
}
