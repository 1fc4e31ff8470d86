using Civic.Site.Emit.OpenData;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Civic.Site.Tests.Emit.OpenData;

public sealed class XlsxWorkbookWriterTests
{
    private static List<List<(string Text, bool Number)>> ReadSheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row =>
            {
                var cells = new List<(string, bool)>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
                    while (XlsxWorkbookWriter.ColumnName(cells.Count) != column)
                    {
                        cells.Add(("", false));
                    }

                    var isNumber = cell.DataType?.Value == CellValues.Number;
                    cells.Add((isNumber ? cell.CellValue!.Text : cell.InlineString!.InnerText, isNumber));
                }

                return cells;
            })
            .ToList();
    }

    [Fact]
    public void Data_sheet_has_chinese_titles_and_the_records_with_numbers_as_numbers()
    {
        var model = OpenDataFixture.Model();
        var dataset = model.Dataset("communities")!;
        var bytes = XlsxWorkbookWriter.Write(model, DatasetFacts.Of(model, dataset), OpenDataFixture.BaseUrl);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(["数据", "说明"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var rows = ReadSheet(document, "数据");

        Assert.Equal(dataset.Records.Length + 1, rows.Count);
        Assert.Equal(dataset.Fields.Select(f => f.Title.Zh), rows[0].Select(c => c.Text));
        for (var i = 0; i < dataset.Records.Length; i++)
        {
            var row = rows[i + 1];
            for (var j = 0; j < dataset.Fields.Length; j++)
            {
                var expected = CellText.Format(dataset.Records[i].Get(dataset.Fields[j].Name));
                Assert.Equal(expected, j < row.Count ? row[j].Text : "");
            }
        }

        var residents = dataset.Fields.IndexOf(dataset.Field("residents")!);
        Assert.True(rows[dataset.Records.IndexOf(dataset.Find("zhizhong")!) + 1][residents].Number);
        var name = dataset.Fields.IndexOf(dataset.Field("name")!);
        Assert.False(rows[dataset.Records.IndexOf(dataset.Find("formula")!) + 1][name].Number);
    }

    [Fact]
    public void About_sheet_states_licence_version_modified_date_citation_and_sources()
    {
        var model = OpenDataFixture.Model();
        var dataset = model.Dataset("communities")!;
        var bytes = XlsxWorkbookWriter.Write(model, DatasetFacts.Of(model, dataset), OpenDataFixture.BaseUrl);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var about = ReadSheet(document, "说明").Where(r => r.Count > 0).ToDictionary(r => r[0].Text, r => r.Skip(1).Select(c => c.Text).ToList());

        Assert.Equal("Creative Commons Attribution 4.0 (CC-BY-4.0)", about["许可协议"][0]);
        Assert.Equal("1.2.0", about["版本"][0]);
        Assert.Equal("2025", about["修改日期"][0]);
        Assert.Contains("[DS/OL]", about["引用格式（GB/T 7714）"][0]);
        Assert.Contains("https://civic.example/data/communities/", about["Citation"][0]);
        Assert.Equal("一篇关于社区的报道. 长江日报, 2024-07-15", about["src-a"][0]);
        Assert.Equal("另一篇报道，含“引号”. 2025", about["src-b"][0]);
    }

    [Fact]
    public void Workbook_passes_the_open_xml_schema_validator()
    {
        var model = OpenDataFixture.Model();
        foreach (var dataset in model.Datasets)
        {
            var bytes = XlsxWorkbookWriter.Write(model, DatasetFacts.Of(model, dataset), OpenDataFixture.BaseUrl);

            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{dataset.Id}.xlsx: " + string.Join("\n", errors));
        }
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var model = OpenDataFixture.Model();
        var facts = DatasetFacts.Of(model, model.Dataset("communities")!);

        var first = XlsxWorkbookWriter.Write(model, facts, OpenDataFixture.BaseUrl);
        Thread.Sleep(2100); // zip timestamps have a two-second resolution
        var second = XlsxWorkbookWriter.Write(model, facts, OpenDataFixture.BaseUrl);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_follow_the_spreadsheet_sequence(int index, string name) =>
        Assert.Equal(name, XlsxWorkbookWriter.ColumnName(index));
}
