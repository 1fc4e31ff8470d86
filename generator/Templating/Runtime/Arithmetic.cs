using System.Numerics;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// Number arithmetic with Scriban's promotion rules: int and long overflow into BigInteger; any double makes a
/// double; any decimal makes a decimal; <c>/</c> always divides exactly (<c>3 / 2</c> is 1.5), <c>//</c> divides
/// integers. Operands must be numbers (see <see cref="ValueConverter.TryToNumber"/>).
/// </summary>
public static class Arithmetic
{
    private enum Kind
    {
        Long,
        Big,
        Decimal,
        Double,
    }

    /// <summary><c>a + b</c>.</summary>
    public static object Add(object a, object b) => Apply(a, b, static (x, y) => checked(x + y), static (x, y) => x + y,
        static (x, y) => x + y, static (x, y) => x + y);

    /// <summary><c>a - b</c>.</summary>
    public static object Subtract(object a, object b) => Apply(a, b, static (x, y) => checked(x - y), static (x, y) => x - y,
        static (x, y) => x - y, static (x, y) => x - y);

    /// <summary><c>a * b</c>.</summary>
    public static object Multiply(object a, object b) => Apply(a, b, static (x, y) => checked(x * y), static (x, y) => x * y,
        static (x, y) => x * y, static (x, y) => x * y);

    /// <summary><c>a / b</c>: exact division, a double unless an operand is a decimal.</summary>
    public static object Divide(object a, object b)
    {
        if (KindOf(a) == Kind.Decimal || KindOf(b) == Kind.Decimal)
        {
            return ToDecimal(a) / ToDecimal(b);
        }

        return ToDouble(a) / ToDouble(b);
    }

    /// <summary><c>a // b</c>: integer division (floored for doubles).</summary>
    public static object IntegerDivide(object a, object b) => Apply(a, b, static (x, y) => x / y, static (x, y) => x / y,
        static (x, y) => decimal.Floor(x / y), static (x, y) => Math.Floor(x / y));

    /// <summary><c>a % b</c>.</summary>
    public static object Modulo(object a, object b) => Apply(a, b, static (x, y) => x % y, static (x, y) => x % y,
        static (x, y) => x % y, static (x, y) => x % y);

    /// <summary><c>-a</c>.</summary>
    public static object Negate(object a) => a switch
    {
        int i => i == int.MinValue ? -(long)i : -i,
        long l => l == long.MinValue ? -(BigInteger)l : -l,
        double d => -d,
        float f => -f,
        decimal m => -m,
        BigInteger big => ValueConverter.Box(-big),
        _ => Subtract(0, a),
    };

    private static object Apply(object a, object b, Func<long, long, long> onLong, Func<BigInteger, BigInteger, BigInteger> onBig,
        Func<decimal, decimal, decimal> onDecimal, Func<double, double, double> onDouble)
    {
        var kind = (Kind)Math.Max((int)KindOf(a), (int)KindOf(b));
        switch (kind)
        {
            case Kind.Long:
                try
                {
                    return ValueConverter.Box(onLong(ToLong(a), ToLong(b)));
                }
                catch (OverflowException)
                {
                    return ValueConverter.Box(onBig(ToBig(a), ToBig(b)));
                }

            case Kind.Big:
                return ValueConverter.Box(onBig(ToBig(a), ToBig(b)));
            case Kind.Decimal:
                return onDecimal(ToDecimal(a), ToDecimal(b));
            default:
                return onDouble(ToDouble(a), ToDouble(b));
        }
    }

    private static Kind KindOf(object value) => value switch
    {
        double or float => Kind.Double,
        decimal => Kind.Decimal,
        BigInteger => Kind.Big,
        ulong ul when ul > long.MaxValue => Kind.Big,
        _ => Kind.Long,
    };

    private static long ToLong(object value) => ValueConverter.TryToLong(value, out var l) ? l : 0;

    private static double ToDouble(object value) => ValueConverter.TryToDouble(value, out var d) ? d : 0;

    private static decimal ToDecimal(object value) => value switch
    {
        decimal m => m,
        double d => (decimal)d,
        float f => (decimal)f,
        BigInteger big => (decimal)big,
        _ => ToLong(value),
    };

    private static BigInteger ToBig(object value) => value switch
    {
        BigInteger big => big,
        ulong ul => ul,
        _ => ToLong(value),
    };
}
