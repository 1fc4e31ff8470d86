using System.IO.Compression;
using Civic.Site.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/&lt;dataset&gt;.xlsx</c> for Excel and WPS users: sheet 「数据」 holds the records under the Chinese column
/// titles (one header row, then one row per record, like the CSV), numbers as numeric cells and everything else as
/// text cells, so no cell is ever read as a formula; sheet 「说明」 gives the description, licence, version, modified
/// date, citation lines, the field dictionary and the source articles. The zip is rebuilt with fixed entry
/// timestamps so two builds give identical bytes.
/// </summary>
public static class XlsxWorkbookWriter
{
    /// <summary>Name of the data sheet.</summary>
    public const string DataSheet = "数据";

    /// <summary>Name of the about sheet.</summary>
    public const string AboutSheet = "说明";

    private static readonly DateTime FixedTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The workbook bytes.</summary>
    public static byte[] Write(SiteModel model, DatasetFacts facts, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();

            // AddWorkbookPart() names the relationship with a random id; a fixed one keeps builds identical.
            document.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            AddSheet(workbookPart, sheets, 1, DataSheet, DataRows(facts.Dataset));
            AddSheet(workbookPart, sheets, 2, AboutSheet, XlsxAboutSheet.Rows(model, facts, baseUrl));
            workbookPart.Workbook.Save();
        }

        return Repack(stream.ToArray());
    }

    private static IEnumerable<XlsxRow> DataRows(Dataset dataset)
    {
        yield return new XlsxRow([.. dataset.Fields.Select(f => XlsxCell.OfText(f.Title.Zh))], Bold: true);
        foreach (var record in dataset.Records)
        {
            yield return new XlsxRow([.. dataset.Fields.Select(f => XlsxCell.Of(f, record.Get(f.Name)))]);
        }
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint number, string name, IEnumerable<XlsxRow> rows)
    {
        var relationshipId = $"rIdSheet{number}";
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var row in rows)
        {
            rowIndex++;
            var r = new Row { RowIndex = rowIndex };
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var value = row.Cells[i];
                if (value.Text.Length == 0)
                {
                    continue;
                }

                var cell = new Cell { CellReference = ColumnName(i) + rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                if (value.IsNumber)
                {
                    cell.DataType = CellValues.Number;
                    cell.CellValue = new CellValue(value.Text);
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(value.Text) { Space = SpaceProcessingModeValues.Preserve });
                }

                if (row.Bold)
                {
                    cell.StyleIndex = 1;
                }

                r.Append(cell);
            }

            data.Append(r);
        }

        worksheetPart.Worksheet = new Worksheet(data);
        worksheetPart.Worksheet.Save();
        sheets.Append(new Sheet { Id = relationshipId, SheetId = number, Name = name });
    }

    /// <summary>A, B, …, Z, AA, AB, … for a 0-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

    // System.IO.Packaging stamps zip entries with the current time; copy them into a new archive with a fixed one.
    private static byte[] Repack(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
