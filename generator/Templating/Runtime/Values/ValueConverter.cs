using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Conversions with Scriban's rules, always with the invariant culture. Values are plain CLR objects:
/// null, bool, string, int/long/double/float/decimal/BigInteger, DateTime, TimeSpan, <see cref="ScriptArray"/>
/// (or any non-string IEnumerable), <see cref="ScriptObject"/> (or any .NET object, members in snake_case),
/// <see cref="IScriptFunction"/>, <see cref="HtmlString"/>.
/// </summary>
public static class ValueConverter
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>A boxed bool without allocating.</summary>
    public static object Box(bool value) => value ? True : False;

    /// <summary>Boxes an integer as int when it fits, as long otherwise (integer literals behave the same way).</summary>
    public static object Box(long value) => value is >= int.MinValue and <= int.MaxValue ? BoxedInts.Get((int)value) : value;

    /// <summary>Boxes a BigInteger as int or long when it fits.</summary>
    public static object Box(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? Box((long)value) : value;

    /// <summary>Template truthiness: only null and false are false (0 and "" are true).</summary>
    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool b => b,
        _ => true,
    };

    /// <summary>True for the numeric kinds a template can hold.</summary>
    public static bool IsNumber(object? value) => value is int or long or double or float or decimal or BigInteger
        or uint or ulong or short or ushort or byte or sbyte;

    /// <summary>The text a value renders as with <c>{{ }}</c>.</summary>
    public static string ToText(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case HtmlString html:
                return html.Value;
            case double d:
                return d.ToString("R", CultureInfo.InvariantCulture);
            case float f:
                return f.ToString("R", CultureInfo.InvariantCulture);
            case DateTime date:
                return date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IScriptFunction function:
                return function.Name;
            case ScriptObject or ScriptArray or ScriptRange or IEnumerable:
                var builder = new StringBuilder();
                AppendText(builder, value, false);
                return builder.ToString();
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    /// <summary>A value as a template literal: strings quoted and escaped (used inside arrays and objects).</summary>
    public static string ToLiteral(object? value)
    {
        var builder = new StringBuilder();
        AppendText(builder, value, true);
        return builder.ToString();
    }

    /// <summary>The type name used in messages and by <c>object.typeof</c>-like builtins.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        bool => "bool",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        string => "string",
        HtmlString => "string",
        DateTime => "datetime",
        TimeSpan => "timespan",
        ScriptArray or ScriptRange => "array",
        ScriptObject => "object",
        IScriptFunction => "function",
        IEnumerable => "array",
        _ => value.GetType().Name,
    };

    /// <summary>
    /// A value as a sequence: arrays, ranges and any non-string enumerable. A <see cref="ScriptObject"/> yields its
    /// members as key/value pairs. Strings and scalars give null.
    /// </summary>
    public static IEnumerable<object?>? ToEnumerable(object? value) => value switch
    {
        null or string or HtmlString => null,
        ScriptArray array => array,
        ScriptRange range => range,
        ScriptObject obj => obj.Select(static pair => (object?)pair),
        IEnumerable<object?> typed => typed,
        IDictionary => null,
        IEnumerable untyped => untyped.Cast<object?>(),
        _ => null,
    };

    /// <summary>Converts to a number, keeping its kind; strings are parsed with the invariant culture.</summary>
    public static bool TryToNumber(object? value, out object? number)
    {
        switch (value)
        {
            case int or long or double or decimal or BigInteger:
                number = value;
                return true;
            case float f:
                number = (double)f;
                return true;
            case uint or ushort or short or byte or sbyte:
                number = System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                number = Box((long)number);
                return true;
            case ulong ul:
                number = ul <= long.MaxValue ? Box((long)ul) : new BigInteger(ul);
                return true;
            case string s:
                if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
                {
                    number = Box(l);
                    return true;
                }

                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    number = d;
                    return true;
                }

                break;
        }

        number = null;
        return false;
    }

    /// <summary>Converts to an int (doubles are truncated).</summary>
    public static bool TryToInt(object? value, out int result)
    {
        if (TryToLong(value, out var l) && l is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)l;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Converts to a long (doubles are truncated).</summary>
    public static bool TryToLong(object? value, out long result)
    {
        if (TryToNumber(value, out var number))
        {
            try
            {
                result = number switch
                {
                    int i => i,
                    long l => l,
                    double d => checked((long)d),
                    decimal m => (long)m,
                    BigInteger b => (long)b,
                    _ => 0,
                };
                return true;
            }
            catch (OverflowException)
            {
            }
        }

        result = 0;
        return false;
    }

    /// <summary>Converts to a double.</summary>
    public static bool TryToDouble(object? value, out double result)
    {
        if (TryToNumber(value, out var number))
        {
            result = number switch
            {
                int i => i,
                long l => l,
                double d => d,
                decimal m => (double)m,
                BigInteger b => (double)b,
                _ => 0,
            };
            return true;
        }

        result = 0;
        return false;
    }

    private static void AppendText(StringBuilder builder, object? value, bool quoteStrings)
    {
        switch (value)
        {
            case string s when quoteStrings:
                AppendQuoted(builder, s);
                break;
            case null when quoteStrings:
                builder.Append("null");
                break;
            case ScriptObject obj:
                AppendMembers(builder, obj.Select(static p => (p.Key, p.Value)));
                break;
            case IDictionary<string, object?> dictionary:
                AppendMembers(builder, dictionary.Select(static p => (p.Key, p.Value)));
                break;
            case IEnumerable enumerable and not string:
                builder.Append('[');
                var first = true;
                foreach (var item in enumerable)
                {
                    builder.Append(first ? string.Empty : ", ");
                    first = false;
                    AppendText(builder, item, true);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(ToText(value));
                break;
        }
    }

    private static void AppendMembers(StringBuilder builder, IEnumerable<(string Key, object? Value)> members)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, item) in members)
        {
            builder.Append(first ? string.Empty : ", ").Append(key).Append(": ");
            first = false;
            AppendText(builder, item, true);
        }

        builder.Append('}');
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ => c.ToString(),
            });
        }

        builder.Append('"');
    }
}
