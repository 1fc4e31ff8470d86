using System.Globalization;
using Civic.Site.Model;

namespace Civic.Site.Diagnostics;

/// <summary>The phrases that fill diagnostic messages: type names, examples, ranges. Kept beside the codes.</summary>
public static class DiagnosticTexts
{
    /// <summary>"an integer", "a date (YYYY-MM-DD)", … as used in "must be …".</summary>
    public static string Describe(FieldSchema field) => field.Type switch
    {
        FieldType.String => "a string",
        FieldType.Integer => "an integer",
        FieldType.Number => "a number",
        FieldType.Boolean => "true or false",
        FieldType.Date when field.IsPartialDate => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        FieldType.Date => "a date (YYYY-MM-DD)",
        FieldType.Year => "a year (YYYY)",
        FieldType.YearMonth => "a month (YYYY-MM)",
        FieldType.Array => "a list",
        _ => "a value",
    };

    /// <summary>An example value of the field's type, as it would be written in YAML.</summary>
    public static string Example(FieldSchema field) => field.Type switch
    {
        FieldType.Integer => "15546",
        FieldType.Number => "3.5",
        FieldType.Boolean => "true",
        FieldType.Date when field.IsPartialDate => "2024-07",
        FieldType.Date => "2024-07-15",
        FieldType.Year => "2024",
        FieldType.YearMonth => "2024-07",
        FieldType.Array => field.Reference is null ? "[a, b]" : $"[{field.Reference}-id]",
        _ => "text",
    };

    /// <summary>"≥ 0", "≤ 100" or "0 to 100".</summary>
    public static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"{a} to {b}"),
        ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {a}"),
        (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"≤ {b}"),
        _ => "any",
    };

    /// <summary>Names of YAML node kinds as editors know them.</summary>
    public const string Scalar = "a single value";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Sequence = "a list";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Mapping = "a mapping";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Nothing = "nothing";
}
