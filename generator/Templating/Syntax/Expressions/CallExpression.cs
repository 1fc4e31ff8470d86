using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>A function call: <c>f a b name: c</c>, <c>f(a, b)</c>, or the right side of a pipe.</summary>
public sealed class CallExpression : Expression
{
    // The same arguments as an array: indexed without an interface call per argument.
    private readonly CallArgument[] _arguments;

    /// <summary>Creates the call.</summary>
    public CallExpression(Expression target, IReadOnlyList<CallArgument> arguments)
    {
        Target = target;
        Arguments = arguments;
        _arguments = arguments.ToArray();
        IsSimple = arguments.All(static a => a.Name is null && !a.Expand && a.Value is not ExpandExpression);
    }

    /// <summary>The function.</summary>
    public Expression Target { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<CallArgument> Arguments { get; }

    /// <summary>Positional arguments only: the fast path of <see cref="Invoke(TemplateContext, bool, object?)"/>.</summary>
    private bool IsSimple { get; }

    internal override object? Evaluate(TemplateContext context) => Invoke(context, false, null);

    /// <summary>Calls with <paramref name="piped"/> as the first argument when <paramref name="hasPiped"/>.</summary>
    internal object? Invoke(TemplateContext context, bool hasPiped, object? piped)
    {
        if (IsSimple)
        {
            // Fast path: positional arguments only, straight into the array handed to the binder.
            var function = ResolveFunction(context, Target, Span);
            var offset = hasPiped ? 1 : 0;
            var arguments = _arguments;
            var values = new object?[arguments.Length + offset];
            if (hasPiped)
            {
                values[0] = piped;
            }

            for (var i = 0; i < arguments.Length; i++)
            {
                values[i + offset] = arguments[i].Value.Evaluate(context);
            }

            return context.Call(function, Span, Target.DisplayText, values, null, positionalIsFresh: true);
        }

        var positional = new List<object?>(Arguments.Count + 1);
        if (hasPiped)
        {
            positional.Add(piped);
        }

        return Invoke(context, positional);
    }

    /// <summary>Calls with <paramref name="positional"/> as the first arguments.</summary>
    internal object? Invoke(TemplateContext context, List<object?> positional)
    {
        var function = ResolveFunction(context, Target, Span);
        List<KeyValuePair<string, object?>>? named = null;

        foreach (var argument in Arguments)
        {
            var value = argument.Value.Evaluate(context);
            if (argument.Name is not null)
            {
                (named ??= new List<KeyValuePair<string, object?>>()).Add(new(argument.Name, value));
            }
            else if ((argument.Expand || argument.Value is ExpandExpression) && ValueConverter.ToEnumerable(value) is { } items)
            {
                positional.AddRange(items);
            }
            else
            {
                positional.Add(value);
            }
        }

        return context.Call(function, Span, Target.DisplayText, positional, named);
    }

    /// <summary>Evaluates a call target without calling it, and checks that it is a function.</summary>
    internal static IScriptFunction ResolveFunction(TemplateContext context, Expression target, SourceSpan span)
    {
        var value = target is PathExpression path ? path.EvaluateRaw(context) : target.Evaluate(context);
        return value switch
        {
            IScriptFunction function => function,
            null => throw context.Error(span, $"The function `{target}` was not found"),
            _ => throw context.Error(span, $"Invalid target function `{ValueConverter.ToText(value)}` ({ValueConverter.TypeName(value)})"),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Target.ToString();
}
