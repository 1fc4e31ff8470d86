using System.Globalization;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>timespan</c> module. A timespan reads as <c>.days</c>, <c>.hours</c>, <c>.total_hours</c>, ….</summary>
internal static class TimeSpanFunctions
{
    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ timespan.zero }} → 00:00:00
        module.SetValue("zero", TimeSpan.Zero);

        // {{ (timespan.from_days 5).days }} → 5
        module.Function("from_days", static call => TimeSpan.FromDays(call.GetDouble(0)), ScriptParameter.Required("days"));

        // {{ (timespan.from_hours 5).hours }} → 5
        module.Function("from_hours", static call => TimeSpan.FromHours(call.GetDouble(0)), ScriptParameter.Required("hours"));

        // {{ (timespan.from_minutes 5).minutes }} → 5
        module.Function("from_minutes", static call => TimeSpan.FromMinutes(call.GetDouble(0)), ScriptParameter.Required("minutes"));

        // {{ (timespan.from_seconds 5).seconds }} → 5
        module.Function("from_seconds", static call => TimeSpan.FromSeconds(call.GetDouble(0)), ScriptParameter.Required("seconds"));

        // {{ (timespan.from_milliseconds 5).milliseconds }} → 5
        module.Function(
            "from_milliseconds",
            static call => TimeSpan.FromMilliseconds(call.GetDouble(0)),
            ScriptParameter.Required("millis"));

        // {{ (timespan.parse "1.02:03:04").hours }} → 2
        module.Function(
            "parse",
            static call => TimeSpan.Parse(call.GetString(0), CultureInfo.InvariantCulture),
            ScriptParameter.Required("text"));
        return module;
    }
}
