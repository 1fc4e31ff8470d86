using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>Evaluates a loop's iterable and applies offset, limit and reversed.</summary>
internal static class LoopItems
{
    public static IReadOnlyList<object?> Evaluate(TemplateContext context, Expression iterable, LoopOptions options, SourceSpan span)
    {
        var value = iterable.Evaluate(context);
        if (value is null)
        {
            return Array.Empty<object?>();
        }

        var sequence = ValueConverter.ToEnumerable(value)
            ?? throw context.Error(iterable.Span, $"Cannot iterate over the {ValueConverter.TypeName(value)} `{ValueConverter.ToText(value)}`: a list is expected");
        var list = sequence as IReadOnlyList<object?> ?? sequence.ToList();
        if (options.Offset is null && options.Limit is null && !options.Reversed)
        {
            return list;
        }

        var offset = options.Offset is null ? 0 : ToInt(context, options.Offset);
        var limit = options.Limit is null ? int.MaxValue : ToInt(context, options.Limit);
        var result = new List<object?>();
        for (var i = Math.Max(offset, 0); i < list.Count && result.Count < limit; i++)
        {
            result.Add(list[i]);
        }

        if (options.Reversed)
        {
            result.Reverse();
        }

        _ = span;
        return result;
    }

    public static int ToInt(TemplateContext context, Expression expression)
    {
        var value = expression.Evaluate(context);
        return ValueConverter.TryToInt(value, out var result)
            ? result
            : throw context.Error(expression.Span, $"Expecting an integer instead of `{ValueConverter.ToText(value)}`");
    }
}
