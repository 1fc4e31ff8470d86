using System.IO.Compression;
using System.Text;
using System.Xml;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/&lt;dataset&gt;.xlsx</c> for Excel and WPS users: sheet 「数据」 holds the records under the Chinese column
/// titles (one header row, then one row per record, like the CSV), numbers as numeric cells and everything else as
/// text cells, so no cell is ever read as a formula; sheet 「说明」 gives the description, licence, version, modified
/// date, citation lines, the field dictionary and the source articles. Entries carry a fixed timestamp so two builds
/// give identical bytes.
/// </summary>
/// <remarks>
/// The package is written straight into a zip: the parts that never change are constants and the sheets are
/// streamed through an <see cref="XmlWriter"/>. Building the same workbook through the Open XML SDK's DOM and
/// System.IO.Packaging cost several hundred milliseconds of start-up per build for a handful of small files.
/// The parts are spelled exactly as the SDK spelled them, so the files did not change.
/// </remarks>
public static partial class XlsxWorkbookWriter
{
    /// <summary>Name of the data sheet.</summary>
    public const string DataSheet = "数据";

    /// <summary>Name of the about sheet.</summary>
    public const string AboutSheet = "说明";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly DateTime FixedTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly XmlWriterSettings SheetSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The workbook bytes.</summary>
    public static byte[] Write(SiteModel model, DatasetFacts facts, string baseUrl)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(archive, "xl/workbook.xml", WorkbookXml, bom: false);
            AddText(archive, "xl/styles.xml", StylesXml, bom: false);
            AddSheet(archive, "xl/worksheets/sheet1.xml", DataRows(facts.Dataset));
            AddSheet(archive, "xl/worksheets/sheet2.xml", XlsxAboutSheet.Rows(model, facts, baseUrl));
            AddText(archive, "_rels/.rels", PackageRelationshipsXml, bom: true);
            AddText(archive, "xl/_rels/workbook.xml.rels", WorkbookRelationshipsXml, bom: true);
            AddText(archive, "[Content_Types].xml", ContentTypesXml, bom: true);
        }

        return output.ToArray();
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

    private static IEnumerable<XlsxRow> DataRows(Dataset dataset)
    {
        yield return new XlsxRow([.. dataset.Fields.Select(f => XlsxCell.OfText(f.Title.Zh))], Bold: true);
        foreach (var record in dataset.Records)
        {
            yield return new XlsxRow([.. dataset.Fields.Select(f => XlsxCell.Of(f, record.Get(f.Name)))]);
        }
    }

    private static ZipArchiveEntry Entry(ZipArchive archive, string name)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        return entry;
    }

    private static void AddText(ZipArchive archive, string name, string xml, bool bom)
    {
        using var stream = Entry(archive, name).Open();
        if (bom)
        {
            stream.Write(Encoding.UTF8.Preamble);
        }

        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static void AddSheet(ZipArchive archive, string name, IEnumerable<XlsxRow> rows)
    {
        // Written to memory first: disposing an XmlWriter flushes its stream, and a flushed deflate stream adds a
        // sync marker, which would change the compressed bytes for nothing.
        var xml = new MemoryStream();
        using (var writer = XmlWriter.Create(xml, SheetSettings))
        {
            WriteSheet(writer, rows);
        }

        using var stream = Entry(archive, name).Open();
        stream.Write(xml.GetBuffer(), 0, (int)xml.Length);
    }

    private static void WriteSheet(XmlWriter writer, IEnumerable<XlsxRow> rows)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("x", "worksheet", Main);
        writer.WriteStartElement("x", "sheetData", Main);
        var rowIndex = 0;
        foreach (var row in rows)
        {
            rowIndex++;
            var number = rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStartElement("x", "row", Main);
            writer.WriteAttributeString("r", number);
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var value = row.Cells[i];
                if (value.Text.Length > 0)
                {
                    WriteCell(writer, ColumnName(i) + number, value, row.Bold);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteCell(XmlWriter writer, string reference, XlsxCell value, bool bold)
    {
        writer.WriteStartElement("x", "c", Main);
        writer.WriteAttributeString("r", reference);
        if (bold)
        {
            writer.WriteAttributeString("s", "1");
        }

        if (value.IsNumber)
        {
            writer.WriteAttributeString("t", "n");
            writer.WriteElementString("x", "v", Main, value.Text);
        }
        else
        {
            writer.WriteAttributeString("t", "inlineStr");
            writer.WriteStartElement("x", "is", Main);
            writer.WriteStartElement("x", "t", Main);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(value.Text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
