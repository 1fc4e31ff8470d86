using System.Globalization;
using System.Text.RegularExpressions;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// The <c>date</c> module. The current time comes from the injectable clock (<see cref="ScriptCall.Clock"/>); text is
/// parsed and formatted with the invariant culture unless a culture name is given. Patterns: see <see cref="Strftime"/>.
/// </summary>
internal static partial class DateFunctions
{
    private static readonly ScriptParameter Date = ScriptParameter.Required("date");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ date.default_format }} → %d %b %Y
        module.SetValue("default_format", Strftime.DefaultPattern);

        // {{ date.format }} → %d %b %Y (the pattern a date is written with)
        module.SetValue("format", Strftime.DefaultPattern);

        // {{ date.now.year }} → 2026
        module.Function("now", static call => call.Clock.GetLocalNow().DateTime);

        // {{ date.utc_now.year }} → 2026
        module.Function("utc_now", static call => call.Clock.GetUtcNow().UtcDateTime);

        // {{ date.parse '2016/01/05' | date.add_days 1 }} → 06 Jan 2016
        module.Function("add_days", static call => GetDate(call, 0).AddDays(call.GetDouble(1)), Date, ScriptParameter.Required("days"));

        // {{ date.parse '2016/01/05' | date.add_months 1 }} → 05 Feb 2016
        module.Function("add_months", static call => GetDate(call, 0).AddMonths(call.GetInt(1)), Date, ScriptParameter.Required("months"));

        // {{ date.parse '2016/01/05' | date.add_years 1 }} → 05 Jan 2017
        module.Function("add_years", static call => GetDate(call, 0).AddYears(call.GetInt(1)), Date, ScriptParameter.Required("years"));

        // {{ date.parse '2016/01/05' | date.add_hours 12 | date.to_string '%H' }} → 12
        module.Function("add_hours", static call => GetDate(call, 0).AddHours(call.GetDouble(1)), Date, ScriptParameter.Required("hours"));

        // {{ date.parse '2016/01/05' | date.add_minutes 5 | date.to_string '%M' }} → 05
        module.Function("add_minutes", static call => GetDate(call, 0).AddMinutes(call.GetDouble(1)), Date, ScriptParameter.Required("minutes"));

        // {{ date.parse '2016/01/05' | date.add_seconds 5 | date.to_string '%S' }} → 05
        module.Function("add_seconds", static call => GetDate(call, 0).AddSeconds(call.GetDouble(1)), Date, ScriptParameter.Required("seconds"));

        // {{ date.parse '2016/01/05' | date.add_milliseconds 5 | date.to_string '%L' }} → 005
        module.Function(
            "add_milliseconds",
            static call => GetDate(call, 0).AddMilliseconds(call.GetDouble(1)),
            Date,
            ScriptParameter.Required("millis"));

        // {{ date.parse '2018--06--17' '%Y--%m--%d' }} → 17 Jun 2018
        module.Function(
            "parse",
            static call => Parse(call.GetString(0), NullableString(call, 1), NullableString(call, 2)),
            ScriptParameter.Required("text"),
            ScriptParameter.Optional("pattern"),
            ScriptParameter.Optional("culture"));

        // {{ date.parse '2016/01/05' | date.to_string '%d %B %Y' 'fr-FR' }} → 05 janvier 2016
        module.Function(
            "to_string",
            static call => ToString(call),
            Date,
            ScriptParameter.Required("pattern"),
            ScriptParameter.Optional("culture"));

        // {{ "03 14, 2016" | date.parse_to_string "%b %d, %y" input_pattern: "%m %d, %Y" }} → Mar 14, 16
        module.Function(
            "parse_to_string",
            static call => ParseToString(call),
            ScriptParameter.Required("text"),
            ScriptParameter.Required("pattern"),
            ScriptParameter.Optional("input_pattern"),
            ScriptParameter.Optional("input_culture"),
            ScriptParameter.Optional("output_culture"));
        return module;
    }

    /// <summary>
    /// Parses like Scriban: empty text gives null; text that does not parse gives the zero date (0001-01-01).
    /// A time with a <c>Z</c> or a <c>+hh</c> offset is converted to local time.
    /// </summary>
    internal static DateTime? Parse(string text, string? pattern, string? cultureName)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var culture = Culture(cultureName);
        var hasOffset = PlusOffset().IsMatch(text) || text.TrimEnd().EndsWith('Z') || text.TrimEnd().EndsWith('z');
        var styles = hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeLocal;
        var format = pattern is null ? null : Strftime.ToParseFormat(pattern, ref culture);

        if (hasOffset)
        {
            var parsed = format is null
                ? DateTimeOffset.TryParse(text, culture, styles, out var offset)
                : DateTimeOffset.TryParseExact(text, format, culture, styles, out offset);
            return parsed ? offset.LocalDateTime : default(DateTime);
        }

        var ok = format is null
            ? DateTime.TryParse(text, culture, styles, out var result)
            : DateTime.TryParseExact(text, format, culture, styles, out result);
        return ok ? result : default(DateTime);
    }

    private static string? ToString(ScriptCall call)
    {
        if (call[1] is null)
        {
            throw call.Error("The pattern of date.to_string cannot be null.");
        }

        return call[0] is null ? null : Strftime.Format(GetDate(call, 0), call.GetString(1), Culture(NullableString(call, 2)));
    }

    private static string? ParseToString(ScriptCall call)
    {
        var date = Parse(call.GetString(0), NullableString(call, 2), NullableString(call, 3));
        return date is { } value ? Strftime.Format(value, call.GetString(1), Culture(NullableString(call, 4))) : null;
    }

    private static DateTime GetDate(ScriptCall call, int index) => call[index] switch
    {
        DateTime date => date,
        DateTimeOffset offset => offset.LocalDateTime,
        string text => Parse(text, null, null) ?? throw call.Error("Unable to convert an empty string to a date."),
        var other => throw call.Error($"Unable to convert type `{ValueConverter.TypeName(other)}` to datetime for the argument `{call.Function.Parameters[index].Name}` of `{call.Function.Name}`"),
    };

    private static string? NullableString(ScriptCall call, int index) => call[index] is null ? null : call.GetString(index);

    private static CultureInfo Culture(string? name) => name is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);

    [GeneratedRegex(@"\+\d")]
    private static partial Regex PlusOffset();
}
