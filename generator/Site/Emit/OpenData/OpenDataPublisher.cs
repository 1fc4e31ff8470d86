using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// Builds every open-data file of a site: per dataset the CSV, XLSX, JSON, JSON Schema and Data Package; the
/// SQLite database of all datasets; the DCAT catalogue and the Project Open Data catalogue. Call
/// <see cref="Build"/> before rendering (landing pages need <see cref="OpenDataOutput.Landing"/>), then
/// <see cref="OpenDataOutput.WriteTo"/> into the staging folder.
/// </summary>
public static class OpenDataPublisher
{
    /// <summary>Builds the files of <paramref name="model"/>, with absolute URLs under <paramref name="baseUrl"/>.</summary>
    public static OpenDataOutput Build(SiteModel model, string baseUrl)
    {
        baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var all = model.Datasets.Select(d => DatasetFacts.Of(model, d)).ToList();

        // The database and the workbooks are the slow files, mostly first-call costs of their libraries: make them
        // on other threads while this one writes the CSV and JSON files.
        var sqliteBytes = Task.Run(() => SqliteDatabaseWriter.Write(model, all, baseUrl));
        var xlsxBytes = Task.Run(() => all.Select(facts => XlsxWorkbookWriter.Write(model, facts, baseUrl)).ToArray());
        var files = new List<PublishedFile>();
        var csv = new Dictionary<string, PublishedFile>(StringComparer.Ordinal);
        foreach (var facts in all)
        {
            var id = facts.Dataset.Id;
            csv[id] = Add(files, OpenDataPaths.Csv(id), CsvTableWriter.Write(facts.Dataset), "text/csv");
        }

        var downloads = new Dictionary<string, IReadOnlyList<DownloadLink>>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            var facts = all[i];
            var id = facts.Dataset.Id;
            var json = Add(files, OpenDataPaths.Json(id), Utf8(JsonText.Write(DatasetJsonBuilder.Build(model, facts, baseUrl))), "application/json");
            var schema = Add(files, OpenDataPaths.JsonSchema(id), Utf8(JsonText.Write(RecordSchemaBuilder.Build(facts.Dataset, baseUrl))), "application/schema+json");
            var xlsx = Add(files, OpenDataPaths.Xlsx(id), xlsxBytes.GetAwaiter().GetResult()[i], OpenDataPaths.XlsxMediaType);
            var package = Add(files, OpenDataPaths.DataPackage(id), Utf8(JsonText.Write(DataPackageBuilder.Build(model, facts, baseUrl, d => csv[d]))), "application/json");
            downloads[id] =
            [
                Link("CSV", new("CSV（UTF-8，逗号分隔）", "CSV (UTF-8, comma-separated)"), csv[id], baseUrl),
                Link("XLSX", new("Excel 工作簿（含「说明」表）", "Excel workbook (with an about sheet)"), xlsx, baseUrl),
                Link("JSON", new("JSON（记录与元数据）", "JSON (records and metadata)"), json, baseUrl),
                Link("JSON Schema", new("JSON Schema（记录结构）", "JSON Schema (record structure)"), schema, baseUrl),
                Link("Data Package", new("Frictionless Data Package 描述文件", "Frictionless Data Package descriptor"), package, baseUrl),
            ];
        }

        var sqlite = Add(files, OpenDataPaths.Sqlite, sqliteBytes.GetAwaiter().GetResult(), OpenDataPaths.SqliteMediaType);
        var sqliteLink = Link("SQLite", new("SQLite 数据库（全部数据集）", "SQLite database (all datasets)"), sqlite, baseUrl);
        IReadOnlyList<DownloadLink> DownloadsOf(string id) => [.. downloads[id], sqliteLink];

        Add(files, OpenDataPaths.Catalog, Utf8(JsonText.Write(DcatCatalogBuilder.Build(model, all, baseUrl, DownloadsOf))), "application/ld+json");
        Add(files, OpenDataPaths.PodCatalog, Utf8(JsonText.Write(PodCatalogBuilder.Build(model, all, baseUrl, DownloadsOf))), "application/json");

        var landings = all.Select(facts => Landing(model, facts, baseUrl, DownloadsOf(facts.Dataset.Id)));
        return new OpenDataOutput(files, landings);
    }

    private static DatasetLanding Landing(SiteModel model, DatasetFacts facts, string baseUrl, IReadOnlyList<DownloadLink> downloads)
    {
        var config = model.Config;
        var url = baseUrl + OpenDataPaths.Landing(facts.Dataset.Id);
        var sources = facts.Sources
            .Select(s => new SourceArticle(
                s.Id,
                s.GetString("headline") ?? s.Title.Zh,
                s.GetString("headline_en"),
                s.GetString("publisher"),
                s.Get("date")?.ToString()))
            .ToList();
        return new DatasetLanding(
            facts.Dataset.Id,
            url,
            config.Licence.Id,
            config.Licence.Name,
            config.Licence.Url,
            facts.Version,
            facts.Modified?.ToString(),
            facts.TemporalCoverage,
            Citation.Zh(config, facts, url),
            Citation.En(config, facts, url),
            downloads,
            sources,
            JsonText.ForScript(SchemaOrgDatasetBuilder.Build(model, facts, baseUrl, downloads)));
    }

    private static PublishedFile Add(List<PublishedFile> files, string path, byte[] content, string mediaType)
    {
        var file = new PublishedFile(path, content, mediaType);
        files.Add(file);
        return file;
    }

    private static DownloadLink Link(string format, LocalizedText label, PublishedFile file, string baseUrl) =>
        new(format, label, baseUrl + file.Path, "/" + file.Path, file.MediaType, file.Bytes);

    private static byte[] Utf8(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);
}
