using System.Numerics;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Equality and ordering with template rules: numbers compare by value across kinds (1 == 1.0), strings ordinally,
/// null sorts first. Used by <c>==</c>, <c>&lt;</c>, and builtins such as <c>array.sort</c>, <c>array.uniq</c>.
/// </summary>
public sealed class ValueComparer : IComparer<object?>, IEqualityComparer<object?>
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly ValueComparer Instance = new();

    private ValueComparer()
    {
    }

    /// <inheritdoc/>
    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (x is string xs && y is string ys)
        {
            // The usual comparison (a language, a kind), decided before the number tests below.
            return string.Equals(xs, ys, StringComparison.Ordinal);
        }

        if (ValueConverter.IsNumber(x) && ValueConverter.IsNumber(y))
        {
            return CompareNumbers(x, y) == 0;
        }

        if (x is string or HtmlString && y is string or HtmlString)
        {
            return string.Equals(x.ToString(), y.ToString(), StringComparison.Ordinal);
        }

        return x.Equals(y);
    }

    /// <inheritdoc/>
    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        HtmlString html => html.Value.GetHashCode(StringComparison.Ordinal),
        _ when ValueConverter.IsNumber(obj) && ValueConverter.TryToDouble(obj, out var d) => d.GetHashCode(),
        _ => obj.GetHashCode(),
    };

    /// <inheritdoc/>
    public int Compare(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        if (ValueConverter.IsNumber(x) && ValueConverter.IsNumber(y))
        {
            return CompareNumbers(x, y);
        }

        if (x is bool bx && y is bool by)
        {
            return bx.CompareTo(by);
        }

        if (x is IComparable comparable && x.GetType() == y.GetType())
        {
            return comparable.CompareTo(y);
        }

        return string.CompareOrdinal(ValueConverter.ToText(x), ValueConverter.ToText(y));
    }

    /// <summary>Compares two numbers of any kind by value.</summary>
    public static int CompareNumbers(object x, object y)
    {
        ValueConverter.TryToNumber(x, out var a);
        ValueConverter.TryToNumber(y, out var b);
        if (a is double or float || b is double or float)
        {
            ValueConverter.TryToDouble(a, out var da);
            ValueConverter.TryToDouble(b, out var db);
            return da.CompareTo(db);
        }

        if (a is decimal || b is decimal)
        {
            return ToDecimal(a).CompareTo(ToDecimal(b));
        }

        if (a is BigInteger || b is BigInteger)
        {
            return ToBig(a).CompareTo(ToBig(b));
        }

        ValueConverter.TryToLong(a, out var la);
        ValueConverter.TryToLong(b, out var lb);
        return la.CompareTo(lb);
    }

    private static decimal ToDecimal(object? value) => value switch
    {
        decimal m => m,
        int i => i,
        long l => l,
        BigInteger b => (decimal)b,
        _ => 0,
    };

    private static BigInteger ToBig(object? value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        _ => BigInteger.Zero,
    };
}
