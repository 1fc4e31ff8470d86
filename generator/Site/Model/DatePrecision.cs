namespace Civic.Site.Model;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    /// <summary>Only the year: <c>2024</c>.</summary>
    Year,

    /// <summary>Year and month: <c>2024-07</c>.</summary>
    Month,

    /// <summary>A full date: <c>2024-07-15</c>.</summary>
    Day,
}
