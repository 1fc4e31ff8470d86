using System.Text;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// A dataset as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF after every row, a header of the field names in
/// declared order, the same number of cells on every row, quotes only where needed (a comma, quote, CR or LF) with
/// inner quotes doubled, and an empty cell for a missing value. Rows follow the dataset's record order (by id).
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The CSV bytes of <paramref name="dataset"/>.</summary>
    public static byte[] Write(Dataset dataset) => Utf8NoBom.GetBytes(WriteText(dataset));

    /// <summary>The CSV text of <paramref name="dataset"/>.</summary>
    public static string WriteText(Dataset dataset)
    {
        var sb = new StringBuilder();
        AppendRow(sb, dataset.Fields.Select(f => f.Name));
        foreach (var record in dataset.Records)
        {
            AppendRow(sb, dataset.Fields.Select(f => CellText.ForCsv(f, record.Get(f.Name))));
        }

        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append("\r\n");
    }
}
