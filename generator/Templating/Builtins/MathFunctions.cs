using System.Globalization;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>math</c> module. Arithmetic follows the operators (<see cref="Arithmetic"/>); a null operand gives null.</summary>
internal static class MathFunctions
{
    private static readonly ScriptParameter Value = ScriptParameter.Required("value");
    private static readonly ScriptParameter With = ScriptParameter.Required("with");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ 1 | math.plus 2 }} → 3 (same arithmetic as the + operator, so 1 | math.plus 2.5 → 3.5)
        module.Function("plus", static call => Binary(call, Arithmetic.Add), Value, With);

        // {{ 255 | math.minus 5 }} → 250
        module.Function("minus", static call => Binary(call, Arithmetic.Subtract), Value, With);

        // {{ 2 | math.times 3 }} → 6
        module.Function("times", static call => Binary(call, Arithmetic.Multiply), Value, With);

        // {{ 11 | math.modulo 10 }} → 1
        module.Function("modulo", static call => Binary(call, Arithmetic.Modulo), Value, With);

        // {{ 8.4 | math.divided_by 2 }} → 4 (an integer divisor floors to an integer); {{ 8.4 | math.divided_by 2.0 }} → 4.2
        module.Function("divided_by", static call => DividedBy(call), Value, ScriptParameter.Required("divisor"));

        // {{ -15.5 | math.abs }} → 15.5
        module.Function("abs", static call => Abs(call), Value);

        // {{ 4.3 | math.ceil }} → 5
        module.Function("ceil", static call => Math.Ceiling(call.GetDouble(0)), Value);

        // {{ 4.6 | math.floor }} → 4
        module.Function("floor", static call => Math.Floor(call.GetDouble(0)), Value);

        // {{ 4.5612 | math.round 2 }} → 4.56 (midpoints go to the even digit, as .NET's Math.Round)
        module.Function(
            "round",
            static call => Math.Round(call.GetDouble(0), call.GetInt(1)),
            Value,
            ScriptParameter.Optional("precision", 0));

        // {{ 255 | math.format "X4" }} → 00FF
        module.Function(
            "format",
            static call => Format(call, numbersOnly: true),
            Value,
            ScriptParameter.Required("format"),
            ScriptParameter.Optional("culture"));

        // {{ 255 | math.is_number }} → true; {{ "yo" | math.is_number }} → false
        module.Function("is_number", static call => ValueConverter.IsNumber(call[0]), Value);

        // {{ math.random 1 10 }} → a number from 1 to 9
        module.Function(
            "random",
            static call => call.GetInt(0) <= call.GetInt(1)
                ? Random.Shared.Next(call.GetInt(0), call.GetInt(1))
                : throw call.Error("minValue must be greater than maxValue"),
            ScriptParameter.Required("min_value"),
            ScriptParameter.Required("max_value"));

        // {{ math.uuid }} → 1c0a4aa8-680e-4bd6-95e9-cdbec45ef057 (a new one each call)
        module.Function("uuid", static _ => Guid.NewGuid().ToString());
        return module;
    }

    /// <summary>Formats a value with a .NET format string and culture (invariant by default); shared with <c>object.format</c>.</summary>
    internal static string Format(ScriptCall call, bool numbersOnly)
    {
        var value = call[0];
        if (value is null)
        {
            return string.Empty;
        }

        if (value is not IFormattable formattable || (numbersOnly && !ValueConverter.IsNumber(value)))
        {
            var kind = numbersOnly ? "a formattable number" : "a formattable object";
            throw call.Error($"Unexpected `{ValueConverter.ToText(value)}`. Must be {kind}");
        }

        var culture = call[2] is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(call.GetString(2));
        return formattable.ToString(call.GetString(1), culture);
    }

    private static object? Binary(ScriptCall call, Func<object, object, object> operation)
        => call[0] is null || call[1] is null ? null : operation(call.GetNumber(0), call.GetNumber(1));

    private static object? DividedBy(ScriptCall call)
    {
        if (call[0] is null || call[1] is null)
        {
            return null;
        }

        var result = Arithmetic.Divide(call.GetDouble(0), call.GetNumber(1));
        return call[1] is int && result is double d ? (int)Math.Floor(d) : result;
    }

    private static object? Abs(ScriptCall call) => call[0] switch
    {
        null => null,
        int i => i == int.MinValue ? -(long)i : Math.Abs(i),
        long l => Math.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        System.Numerics.BigInteger b => System.Numerics.BigInteger.Abs(b),
        var other when ValueConverter.IsNumber(other) => other,
        var other => throw call.Error($"The value `{ValueConverter.ToText(other)}` is not a number"),
    };
}
