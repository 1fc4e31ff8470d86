using System.Globalization;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>Text to numbers, and searching by position.</summary>
internal static partial class StringFunctions
{
    private static void AddConversions(ScriptObject module)
    {
        // {{ "123" | string.to_int + 1 }} → 124 (null when the text is not an integer)
        module.Function(
            "to_int",
            static call => int.TryParse(call.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            Text);

        // {{ "123678912345678" | string.to_long + 1 }} → 123678912345679
        module.Function(
            "to_long",
            static call => long.TryParse(call.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            Text);

        // {{ "123.4" | string.to_float + 1 }} → 124.4 (a float widened to double so that it prints as written)
        module.Function(
            "to_float",
            static call => float.TryParse(call.GetString(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var f)
                ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : null,
            Text);

        // {{ "123.4" | string.to_double + 1 }} → 124.4
        module.Function(
            "to_double",
            static call => double.TryParse(call.GetString(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null,
            Text);
    }

    private static int IndexOf(ScriptCall call)
    {
        var text = call.GetString(0);
        var search = call.GetString(1);
        var start = call[2] is null ? 0 : call.GetInt(2);
        var count = call[3] is null ? text.Length - start : call.GetInt(3);
        var comparison = call[4] is null
            ? StringComparison.Ordinal
            : Enum.TryParse<StringComparison>(call.GetString(4), out var parsed)
                ? parsed
                : throw call.Error($"'{call.GetString(4)}' is not a valid string_comparison");
        return text.IndexOf(search, start, count, comparison);
    }
}
