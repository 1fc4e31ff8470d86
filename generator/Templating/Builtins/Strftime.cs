using System.Globalization;
using System.Text;

namespace Civic.Templating.Builtins;

/// <summary>
/// Ruby-style <c>%</c> date patterns, as Scriban implements them (<c>%d %b %Y</c> → <c>05 Jan 2016</c>). <c>%g</c>
/// switches to the invariant culture for the rest of the pattern; an unknown code is written as is.
/// </summary>
internal static class Strftime
{
    /// <summary>The pattern of <c>date.format</c> and <c>date.default_format</c>.</summary>
    public const string DefaultPattern = "%d %b %Y";

    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        if (pattern == "%g")
        {
            pattern = "%g " + DefaultPattern;
        }

        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length)
            {
                builder.Append(c);
                continue;
            }

            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }

            builder.Append(FormatCode(date, code, culture) ?? "%" + code);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Turns a <c>%</c> pattern into a .NET custom format for parsing; also reports a <c>%g</c> switch to the
    /// invariant culture. Codes that cannot be parsed (week numbers, day of year, …) are an error.
    /// </summary>
    public static string ToParseFormat(string pattern, ref CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length)
            {
                builder.Append(c);
                continue;
            }

            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }

            if (FormatCode(DateTime.MinValue, code, culture) is null)
            {
                builder.Append('%').Append(code);
                continue;
            }

            builder.Append(ParseFormat(code) ?? throw new ArgumentException($"The pattern %{code} is not supported for the parse method"));
        }

        return builder.ToString();
    }

    private static string? FormatCode(DateTime date, char code, CultureInfo culture) => code switch
    {
        'a' => date.ToString("ddd", culture),
        'A' => date.ToString("dddd", culture),
        'b' or 'h' => date.ToString("MMM", culture),
        'B' => date.ToString("MMMM", culture),
        'c' => date.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
        'C' => (date.Year / 100).ToString("D2", culture),
        'd' => date.ToString("dd", culture),
        'D' => date.ToString("MM/dd/yy", culture),
        'e' => date.ToString("%d", culture).PadLeft(2, ' '),
        'F' => date.ToString("yyyy-MM-dd", culture),
        'H' => date.ToString("HH", culture),
        'I' => date.ToString("hh", culture),
        'j' => date.DayOfYear.ToString("D3", culture),
        'k' => date.ToString("%H", culture).PadLeft(2, ' '),
        'l' => date.ToString("%h", culture).PadLeft(2, ' '),
        'L' => date.ToString("fff", culture),
        'm' => date.ToString("MM", culture),
        'M' => date.ToString("mm", culture),
        'n' => "\n",
        'N' => date.ToString("fffffff00", culture),
        'p' => date.ToString("tt", culture),
        'P' => date.ToString("tt", culture).ToLowerInvariant(),
        'r' => date.ToString("hh:mm:ss tt", culture),
        'R' => date.ToString("HH:mm", culture),
        's' => ((date.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond).ToString(culture),
        'S' => date.ToString("ss", culture),
        't' => "\t",
        'T' => date.ToString("HH:mm:ss", culture),
        'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(culture),
        'U' => Week(date, culture, culture.DateTimeFormat.CalendarWeekRule, DayOfWeek.Sunday),
        'v' => string.Format(CultureInfo.InvariantCulture, "{0,2}-{1}-{2:D4}", date.Day, date.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant(), date.Year),
        'V' => Week(date, culture, CalendarWeekRule.FirstFourDayWeek, DayOfWeek.Monday),
        'W' => Week(date, culture, culture.DateTimeFormat.CalendarWeekRule, DayOfWeek.Monday),
        'w' => ((int)date.DayOfWeek).ToString(culture),
        'x' => date.ToString("d", culture),
        'X' => date.ToString("T", culture),
        'y' => date.ToString("yy", culture),
        'Y' => date.ToString("yyyy", culture),
        'Z' => date.ToString("zzz", culture),
        '%' => "%",
        _ => null,
    };

    private static string? ParseFormat(char code) => code switch
    {
        'a' => "ddd",
        'A' => "dddd",
        'b' or 'h' => "MMM",
        'B' => "MMMM",
        'c' => "ddd MMM dd HH:mm:ss yyyy",
        'd' => "dd",
        'D' => "MM/dd/yy",
        'e' => "%d",
        'F' => "yyyy-MM-dd",
        'H' => "HH",
        'I' => "hh",
        'k' => "%H",
        'l' => "%h",
        'L' => "fff",
        'm' => "MM",
        'M' => "mm",
        'N' => "fffffff00",
        'p' or 'P' => "tt",
        'r' => "hh:mm:ss tt",
        'R' => "HH:mm",
        'S' => "ss",
        'T' => "HH:mm:ss",
        'x' => "d",
        'X' => "T",
        'y' => "yy",
        'Y' => "yyyy",
        'Z' => "zzz",
        _ => null,
    };

    private static string Week(DateTime date, CultureInfo culture, CalendarWeekRule rule, DayOfWeek firstDay)
        => culture.Calendar.GetWeekOfYear(date, rule, firstDay).ToString("D2", culture);
}
