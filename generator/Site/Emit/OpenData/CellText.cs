using System.Collections.Immutable;
using System.Globalization;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// Spells a record value the way every tabular download does: invariant digits with no grouping, dates as ISO
/// 8601 at the precision the source gives, booleans as <c>true</c>/<c>false</c>, list items joined with
/// <see cref="ListDelimiter"/>, and an empty string for a missing value.
/// </summary>
public static class CellText
{
    /// <summary>Separator of the items of an array field in CSV and XLSX cells (declared in the Table Schema).</summary>
    public const string ListDelimiter = ";";

    /// <summary>Prefixed to a text cell that a spreadsheet would read as a formula.</summary>
    public const char FormulaGuard = '\'';

    /// <summary>The plain text of a value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        PartialDate p => p.ToString(),
        ImmutableArray<string> list => string.Join(ListDelimiter, list),
        IEnumerable<string> items => string.Join(ListDelimiter, items),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// The CSV text of a field's value. A text cell (string or list field) that starts with '=', '+', '-', '@', a tab
    /// or a carriage return is prefixed with an apostrophe, which spreadsheets treat as "this is text" (OWASP's advice
    /// against CSV injection). Numbers, dates and booleans are never touched, so -3 in a number column stays -3.
    /// </summary>
    public static string ForCsv(FieldSchema field, object? value)
    {
        var text = Format(value);
        return IsText(field) && NeedsGuard(text) ? FormulaGuard + text : text;
    }

    /// <summary>True when a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool NeedsGuard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>True for fields whose cells are free text (the only cells a formula could hide in).</summary>
    public static bool IsText(FieldSchema field) => field.Type is FieldType.String or FieldType.Array;
}
