using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>target.name</c>, or <c>target?.name</c> which gives null instead of an error on a null target.</summary>
public sealed class MemberExpression : PathExpression
{
    /// <summary>Creates the access.</summary>
    public MemberExpression(Expression target, string name, bool nullConditional)
    {
        Target = target;

        // Interned, so a lookup in a host dictionary keyed by C# literals matches by reference.
        Name = string.Intern(name);
        NullConditional = nullConditional;
    }

    // The getter of the last .NET type read here (records of a list are all one type): a memo, replaced whole, so
    // the node stays safe to evaluate from many threads.
    private GetterMemo? _getterMemo;

    /// <summary>Where the member name is (errors are reported there).</summary>
    public SourceSpan NameSpan { get; init; }

    /// <summary>The object.</summary>
    public Expression Target { get; }

    /// <summary>The member name.</summary>
    public string Name { get; }

    /// <summary>True for <c>?.</c>.</summary>
    public bool NullConditional { get; }

    internal override object? EvaluateRaw(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        switch (target)
        {
            case null when NullConditional || IsInsideNullConditional():
                return null;
            case null:
                throw context.Error(NameSpan, $"Cannot get the member {this} for a null object.");
            case EmptyValue:
                return EmptyValue.Instance;
        }

        var memo = _getterMemo;
        if (memo is not null && ReferenceEquals(target.GetType(), memo.Type))
        {
            return memo.Getter(target);
        }

        if (!ObjectMembers.TryGet(target, Name, out var value))
        {
            return null;
        }

        if (ObjectMembers.FindPlainGetter(target, Name) is { } getter)
        {
            _getterMemo = new GetterMemo(target.GetType(), getter);
        }

        return value;
    }

    internal override void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        switch (target)
        {
            case null:
                throw context.Error(NameSpan, $"Cannot set the member {this} for a null object.");
            case ScriptObject obj when !obj.CanWrite(Name):
                throw context.Error(NameSpan, $"Cannot set a value for the readonly member: {this}");
            case SharedMembers:
                throw context.Error(NameSpan, $"Cannot set a value for the readonly member: {this} (these values are shared by every page; copy them into a variable of your own first)");
            case ScriptObject obj:
                obj.SetValue(Name, value);
                return;
            case ScriptArray array:
                array.Members.SetValue(Name, value);
                return;
            case IDictionary<string, object?> dictionary:
                dictionary[Name] = value;
                return;
            default:
                throw context.Error(NameSpan, $"Cannot set a value for the readonly member: {this}");
        }
    }

    private sealed record GetterMemo(Type Type, Func<object, object?> Getter);

    private bool IsInsideNullConditional() => Target is MemberExpression { NullConditional: true };

    /// <inheritdoc/>
    public override string ToString() => $"{Target}{(NullConditional ? "?." : ".")}{Name}";
}
