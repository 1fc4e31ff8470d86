namespace Civic.Site.Emit.OpenData;

/// <summary>The permanent site paths of the open-data files (see DESIGN.md, "Output").</summary>
public static class OpenDataPaths
{
    /// <summary>Media type of XLSX workbooks.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Media type of SQLite databases.</summary>
    public const string SqliteMediaType = "application/vnd.sqlite3";

    /// <summary>The SQLite file with every dataset.</summary>
    public const string Sqlite = "data/civic.sqlite";

    /// <summary>The DCAT catalogue.</summary>
    public const string Catalog = "catalog.jsonld";

    /// <summary>The Project Open Data catalogue.</summary>
    public const string PodCatalog = "data.json";

    /// <summary>Landing page of a dataset.</summary>
    public static string Landing(string id) => $"data/{id}/";

    /// <summary>CSV download.</summary>
    public static string Csv(string id) => $"data/{id}.csv";

    /// <summary>XLSX download.</summary>
    public static string Xlsx(string id) => $"data/{id}.xlsx";

    /// <summary>JSON download (records and metadata).</summary>
    public static string Json(string id) => $"data/{id}.json";

    /// <summary>JSON Schema of the JSON download.</summary>
    public static string JsonSchema(string id) => $"data/{id}.schema.json";

    /// <summary>Data Package descriptor.</summary>
    public static string DataPackage(string id) => $"data/{id}/datapackage.json";
}
