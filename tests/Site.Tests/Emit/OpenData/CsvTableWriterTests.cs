using System.Text;
using Civic.Site.Emit.OpenData;
using CsvHelper;

namespace Civic.Site.Tests.Emit.OpenData;

public sealed class CsvTableWriterTests
{
    private static readonly Civic.Site.Model.Dataset Communities = OpenDataFixture.Communities();

    [Fact]
    public void Csv_is_utf8_without_bom_with_crlf_rows_and_the_field_names_as_header()
    {
        var bytes = CsvTableWriter.Write(Communities);

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("id,name,district,residents,change,active,founded,summary,topics,sources\r\n", text);
        Assert.EndsWith("\r\n", text);
        // The only LF not preceded by CR is the one inside the quoted multi-line cell.
        Assert.Equal(1, text.Split('\n').Count(line => !line.EndsWith('\r')) - 1);
    }

    [Fact]
    public void Csv_read_back_with_CsvHelper_equals_the_records()
    {
        var rows = ReadRows(CsvTableWriter.WriteText(Communities), out var headers);

        Assert.Equal(Communities.Fields.Select(f => f.Name), headers);
        Assert.Equal(Communities.Records.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var record = Communities.Records[i];
            foreach (var field in Communities.Fields)
            {
                var expected = CellText.Format(record.Get(field.Name));
                var actual = rows[i][field.Name];
                if (CellText.IsText(field) && CellText.NeedsGuard(expected))
                {
                    expected = "'" + expected;
                }

                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Text_cells_that_look_like_formulas_are_neutralised_and_numbers_are_not()
    {
        var lines = CsvTableWriter.WriteText(Communities);

        Assert.Contains("formula,'=SUM(A1:A2),wuchang,,1.50,false,,'-3 是文字，不是数字,", lines);
        Assert.Contains("\"'@某\"\"引号\"\"社区\"", lines);
        Assert.Contains("plus,'+86 热线社区,,0,", lines);
        Assert.Contains(",15546,-3,true,2019-05,", lines);
    }

    [Fact]
    public void Missing_values_are_empty_cells_and_every_row_has_the_same_number_of_cells()
    {
        var text = CsvTableWriter.WriteText(Communities);
        var rows = ReadRows(text, out _);

        Assert.All(rows, r => Assert.Equal(Communities.Fields.Length, r.Count));
        Assert.Contains("plus,'+86 热线社区,,0,,,,,,src-b\r\n", text);
    }

    /// <summary>Reads CSV strictly: a row with a different field count or malformed quoting throws.</summary>
    public static List<Dictionary<string, string>> ReadRows(string text, out IReadOnlyList<string> headers)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
        });
        var rows = new List<Dictionary<string, string>>();
        headers = [];
        while (reader.Read())
        {
            headers = [.. reader.Headers];
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.Headers[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
