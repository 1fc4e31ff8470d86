using Civic.Templating.Runtime.Values;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// What a dataset's landing page shows from the open-data step: downloads with sizes, licence, version,
/// last-modified date (from the data), citation lines, source articles, and the schema.org JSON-LD block.
/// <see cref="ToTemplateValue"/> gives it to templates as plain values with snake_case keys.
/// </summary>
public sealed record DatasetLanding(
    string DatasetId,
    string Url,
    string LicenceId,
    string LicenceName,
    string? LicenceUrl,
    string? Version,
    string? Modified,
    string? TemporalCoverage,
    string CitationZh,
    string CitationEn,
    IReadOnlyList<DownloadLink> Downloads,
    IReadOnlyList<SourceArticle> Sources,
    string JsonLd)
{
    /// <summary>
    /// Plain values for templates: <c>url</c>, <c>licence</c> {id, name, url}, <c>version</c>, <c>modified</c>,
    /// <c>temporal_coverage</c>, <c>citation_zh</c>, <c>citation_en</c>, <c>downloads</c> [{format, label, label_en, url, path,
    /// media_type, bytes, size}], <c>sources</c> [{id, headline, headline_en, publisher, date}] and <c>jsonld</c> (JSON
    /// text safe inside a script element, as an <see cref="HtmlString"/> so the template writes it unescaped).
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToTemplateValue() => new Dictionary<string, object?>
    {
        ["id"] = DatasetId,
        ["url"] = Url,
        ["licence"] = new Dictionary<string, object?> { ["id"] = LicenceId, ["name"] = LicenceName, ["url"] = LicenceUrl },
        ["version"] = Version,
        ["modified"] = Modified,
        ["temporal_coverage"] = TemporalCoverage,
        ["citation_zh"] = CitationZh,
        ["citation_en"] = CitationEn,
        ["downloads"] = Downloads.Select(d => (object?)new Dictionary<string, object?>
        {
            ["format"] = d.Format,
            ["label"] = d.Label.Zh,
            ["label_en"] = d.Label.En,
            ["url"] = d.Url,
            ["path"] = d.Path,
            ["media_type"] = d.MediaType,
            ["bytes"] = d.Bytes,
            ["size"] = d.SizeText,
        }).ToList(),
        ["sources"] = Sources.Select(s => (object?)new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["headline"] = s.Headline,
            ["headline_en"] = s.HeadlineEn,
            ["publisher"] = s.Publisher,
            ["date"] = s.Date,
        }).ToList(),
        ["jsonld"] = new HtmlString(JsonLd),
    };
}
