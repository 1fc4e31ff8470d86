namespace Civic.Site.Emit.OpenData;

// The parts of every workbook that do not depend on the data, spelled as the Open XML SDK wrote them.
public static partial class XlsxWorkbookWriter
{
    private const string WorkbookXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<x:sheets>" +
        "<x:sheet name=\"数据\" sheetId=\"1\" r:id=\"rIdSheet1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" />" +
        "<x:sheet name=\"说明\" sheetId=\"2\" r:id=\"rIdSheet2\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" />" +
        "</x:sheets>" +
        "</x:workbook>";

    private const string StylesXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<x:styleSheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<x:fonts>" +
        "<x:font />" +
        "<x:font>" +
        "<x:b />" +
        "</x:font>" +
        "</x:fonts>" +
        "<x:fills>" +
        "<x:fill>" +
        "<x:patternFill patternType=\"none\" />" +
        "</x:fill>" +
        "<x:fill>" +
        "<x:patternFill patternType=\"gray125\" />" +
        "</x:fill>" +
        "</x:fills>" +
        "<x:borders>" +
        "<x:border />" +
        "</x:borders>" +
        "<x:cellXfs>" +
        "<x:xf />" +
        "<x:xf fontId=\"1\" applyFont=\"1\" />" +
        "</x:cellXfs>" +
        "</x:styleSheet>";

    private const string PackageRelationshipsXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/xl/workbook.xml\" Id=\"rIdWorkbook\" />" +
        "</Relationships>";

    private const string WorkbookRelationshipsXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/xl/styles.xml\" Id=\"rIdStyles\" />" +
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet1.xml\" Id=\"rIdSheet1\" />" +
        "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\" Id=\"rIdSheet2\" />" +
        "</Relationships>";

    private const string ContentTypesXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" />" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />" +
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" />" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" />" +
        "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" />" +
        "</Types>";
}
