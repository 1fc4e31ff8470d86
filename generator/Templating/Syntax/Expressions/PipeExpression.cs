using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>value | f args</c>: calls <c>f</c> with the value as its first argument.</summary>
public sealed class PipeExpression : Expression
{
    /// <summary>Creates the pipe.</summary>
    public PipeExpression(Expression input, Expression function)
    {
        Input = input;
        Function = function;
    }

    /// <summary>The piped value.</summary>
    public Expression Input { get; }

    /// <summary>The destination: a call, or a name of a function.</summary>
    public Expression Function { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var input = Input.Evaluate(context);
        if (Input is ExpandExpression && Runtime.Values.ValueConverter.ToEnumerable(input) is { } items)
        {
            var function = CallExpression.ResolveFunction(context, Function is CallExpression c ? c.Target : Function, Function.Span);
            var arguments = new List<object?>(items);
            if (Function is CallExpression withArguments)
            {
                return withArguments.Invoke(context, arguments);
            }

            return context.Call(function, Function.Span, Function.DisplayText, arguments, null);
        }

        switch (Function)
        {
            case CallExpression call:
                return call.Invoke(context, true, input);
            case PathExpression path:
                var target = path.EvaluateRaw(context);
                if (target is IScriptFunction function)
                {
                    return context.Call(function, Function.Span, Function.DisplayText, new[] { input }, null, positionalIsFresh: true);
                }

                throw context.Error(Function.Span, $"Pipe expression destination `{Function}` is not a valid function ");
            default:
                throw context.Error(Function.Span, $"Pipe expression destination `{Function}` is not a valid function ");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Input} | {Function}";
}
