namespace Civic.Site.Emit.OpenData;

/// <summary>A row of a workbook sheet.</summary>
public sealed record XlsxRow(IReadOnlyList<XlsxCell> Cells, bool Bold = false)
{
    /// <summary>A row of text cells.</summary>
    public static XlsxRow Texts(params string[] cells) => new([.. cells.Select(XlsxCell.OfText)]);
}
