using System.Globalization;

namespace Civic.Site.Model;

/// <summary>
/// A date known to a year, a month or a day. Written and published as <c>YYYY</c>, <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>: the precision the source gives, no more. Orders chronologically; a less precise date
/// sorts before a more precise one that starts on the same day.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12); 1 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>The day of the month; 1 when the precision is coarser than a day.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A year alone.</summary>
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    /// <summary>A year and month.</summary>
    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);

    /// <summary>A full date.</summary>
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    /// <summary>Every precision: a year, a month or a day, as stories and most dates in data/ may be given.</summary>
    public static IReadOnlyCollection<DatePrecision> AnyPrecision { get; } = [DatePrecision.Year, DatePrecision.Month, DatePrecision.Day];

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (digits only, calendar-checked). Returns false for
    /// anything else, including a precision not in <paramref name="allowed"/>.
    /// </summary>
    public static bool TryParse(string text, IReadOnlyCollection<DatePrecision> allowed, out PartialDate date)
    {
        date = default;
        var ok = text.Length switch
        {
            4 => Digits(text, 0, 4, out var y) && y >= 1 && Assign(OfYear(y), out date),
            7 => Digits(text, 0, 4, out var y) && y >= 1 && text[4] == '-' && Digits(text, 5, 2, out var m) && m is >= 1 and <= 12
                 && Assign(OfMonth(y, m), out date),
            10 => Digits(text, 0, 4, out var y) && y >= 1 && text[4] == '-' && Digits(text, 5, 2, out var m) && m is >= 1 and <= 12
                  && text[7] == '-' && Digits(text, 8, 2, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                  && Assign(OfDay(y, m, d), out date),
            _ => false,
        };
        return ok && Allows(allowed, date.Precision);
    }

    /// <summary>The first day the date covers.</summary>
    public DateOnly Start => new(Year, Month, Day);

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var c = Start.CompareTo(other.Start);
        // Compared as numbers: Enum.CompareTo(object) would box on every tie, and sorting stories ties often.
        return c != 0 ? c : ((int)Precision).CompareTo((int)other.Precision);
    }

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>Chronological comparison.</summary>
    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    // The ASCII digits text[start..start+count] as a number.
    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }

    private static bool Allows(IReadOnlyCollection<DatePrecision> allowed, DatePrecision precision)
    {
        if (allowed is not DatePrecision[] array) return allowed.Contains(precision);
        foreach (var p in array)
        {
            if (p == precision) return true;
        }
        return false;
    }

    private static bool Assign(PartialDate value, out PartialDate date)
    {
        date = value;
        return true;
    }
}
