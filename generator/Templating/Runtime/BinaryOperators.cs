using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Runtime;

/// <summary>The semantics of the binary operators on values (strings, numbers, null, empty, ranges).</summary>
internal static class BinaryOperators
{
    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.IntegerDivide => "//",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.Coalesce => "??",
        BinaryOperator.IfNotNull => "?!",
        BinaryOperator.RangeInclusive => "..",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        _ => "..<",
    };

    public static object? Apply(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span, SourceSpan expressionSpan)
    {
        switch (op)
        {
            case BinaryOperator.Equal:
                return ValueConverter.Box(AreEqual(left, right));
            case BinaryOperator.NotEqual:
                return ValueConverter.Box(!AreEqual(left, right));
            case BinaryOperator.Less or BinaryOperator.LessEqual or BinaryOperator.Greater or BinaryOperator.GreaterEqual:
                return Compare(op, left, right);
            case BinaryOperator.ShiftLeft when left is ScriptArray array:
                array.Add(right);
                return array;
            case BinaryOperator.ShiftRight when right is ScriptArray array:
                array.Insert(0, left);
                return array;
        }

        if (left is string or HtmlString || right is string or HtmlString)
        {
            return ApplyString(context, op, left, right, op == BinaryOperator.Multiply ? expressionSpan : span);
        }

        if (left is null || right is null || left is EmptyValue || right is EmptyValue)
        {
            return null;
        }

        if (!ValueConverter.TryToNumber(left, out var a) || !ValueConverter.TryToNumber(right, out var b) || left is string || right is string)
        {
            throw context.Error(span, $"Operator `{Symbol(op)}` is not supported between `{ValueConverter.TypeName(left)}` and `{ValueConverter.TypeName(right)}`");
        }

        try
        {
            return op switch
            {
                BinaryOperator.Add => Arithmetic.Add(a!, b!),
                BinaryOperator.Subtract => Arithmetic.Subtract(a!, b!),
                BinaryOperator.Multiply => Arithmetic.Multiply(a!, b!),
                BinaryOperator.Divide => Arithmetic.Divide(a!, b!),
                BinaryOperator.IntegerDivide => Arithmetic.IntegerDivide(a!, b!),
                BinaryOperator.Modulo => Arithmetic.Modulo(a!, b!),
                BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight => Shift(context, op, a!, b!, span),
                _ => Range(context, op, a!, b!, span),
            };
        }
        catch (DivideByZeroException)
        {
            throw context.Error(span, "Cannot divide by zero");
        }
    }

    private static object Shift(TemplateContext context, BinaryOperator op, object value, object by, SourceSpan span)
    {
        if (!ValueConverter.TryToLong(value, out var number) || !ValueConverter.TryToInt(by, out var count) || value is double or decimal)
        {
            throw context.Error(span, $"Operator `{Symbol(op)}` expects integers");
        }

        return op == BinaryOperator.ShiftLeft
            ? ValueConverter.Box(new System.Numerics.BigInteger(number) << count)
            : ValueConverter.Box(number >> count);
    }

    private static object Range(TemplateContext context, BinaryOperator op, object from, object to, SourceSpan span)
    {
        if (!ValueConverter.TryToLong(from, out var start) || !ValueConverter.TryToLong(to, out var end))
        {
            throw context.Error(span, $"Operator `{Symbol(op)}` expects integer bounds");
        }

        var range = new ScriptRange(start, end, op == BinaryOperator.RangeExclusive);
        if (range.Count > context.Options.LoopLimit)
        {
            throw context.Error(span, $"Range expression exceeds LoopLimit `{context.Options.LoopLimit}`.");
        }

        return range;
    }

    private static object? ApplyString(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span)
    {
        switch (op)
        {
            case BinaryOperator.Add when context.Options.EscapeHtml && (left is HtmlString || right is HtmlString):
                // Safe HTML stays safe when joined with text: the plain side is escaped now, once.
                return new HtmlString(SafePart(left) + SafePart(right));
            case BinaryOperator.Add:
                return ValueConverter.ToText(left) + ValueConverter.ToText(right);
            case BinaryOperator.Multiply:
                var text = left is string or HtmlString ? ValueConverter.ToText(left) : ValueConverter.ToText(right);
                var count = left is string or HtmlString ? right : left;
                if (count is string or HtmlString || !ValueConverter.TryToInt(count, out var times))
                {
                    throw context.Error(span, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                }

                if ((long)text.Length * Math.Max(times, 0) > context.Options.OutputLimit)
                {
                    throw context.Error(span, $"The string is longer than the output limit ({context.Options.OutputLimit}).");
                }

                return times <= 0 ? string.Empty : new System.Text.StringBuilder(text.Length * times).Insert(0, text, times).ToString();
            default:
                throw context.Error(span, $"Operator `{Symbol(op)}` is not supported on string objects");
        }
    }

    private static string SafePart(object? value)
        => value is HtmlString html ? html.Value : HtmlEscaper.Escape(ValueConverter.ToText(value));

    private static bool AreEqual(object? left, object? right)
    {
        if (left is EmptyValue)
        {
            return EmptyValue.IsEmpty(right);
        }

        if (right is EmptyValue)
        {
            return EmptyValue.IsEmpty(left);
        }

        return ValueComparer.Instance.Equals(left, right);
    }

    private static object Compare(BinaryOperator op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            var bothNull = left is null && right is null;
            return ValueConverter.Box(bothNull && op is BinaryOperator.LessEqual or BinaryOperator.GreaterEqual);
        }

        var result = ValueComparer.Instance.Compare(left, right);
        return ValueConverter.Box(op switch
        {
            BinaryOperator.Less => result < 0,
            BinaryOperator.LessEqual => result <= 0,
            BinaryOperator.Greater => result > 0,
            _ => result >= 0,
        });
    }
}
