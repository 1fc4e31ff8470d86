using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>One cell value of a workbook: text, or a number written in invariant digits.</summary>
public sealed record XlsxCell(string Text, bool IsNumber)
{
    /// <summary>A text cell.</summary>
    public static XlsxCell OfText(string text) => new(text, false);

    /// <summary>The cell of a field's value: integers and numbers stay numeric, everything else is text.</summary>
    public static XlsxCell Of(FieldSchema field, object? value) =>
        new(CellText.Format(value), value is long or int or decimal or double && field.Type is FieldType.Integer or FieldType.Number);
}
