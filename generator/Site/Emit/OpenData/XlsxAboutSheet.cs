using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>The rows of the 「说明」 sheet.</summary>
public static class XlsxAboutSheet
{
    /// <summary>Description, licence, version, modified date, citations, field dictionary and sources.</summary>
    public static IEnumerable<XlsxRow> Rows(SiteModel model, DatasetFacts facts, string baseUrl)
    {
        var dataset = facts.Dataset;
        var config = model.Config;
        var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
        yield return new XlsxRow([XlsxCell.OfText(dataset.Title.Zh), XlsxCell.OfText(dataset.Title.En ?? "")], Bold: true);
        yield return XlsxRow.Texts("说明", dataset.Description.Zh);
        if (dataset.Description.En is { } en)
        {
            yield return XlsxRow.Texts("Description", en);
        }

        yield return XlsxRow.Texts("许可协议", $"{config.Licence.Name} ({config.Licence.Id})", config.Licence.Url ?? "");
        yield return XlsxRow.Texts("版本", facts.Version ?? "");
        yield return XlsxRow.Texts("修改日期", facts.Modified?.ToString() ?? "");
        yield return XlsxRow.Texts("引用格式（GB/T 7714）", Citation.Zh(config, facts, landing));
        yield return XlsxRow.Texts("Citation", Citation.En(config, facts, landing));
        yield return XlsxRow.Texts("网址", landing);
        yield return XlsxRow.Texts("发布者", Citation.Publisher(config).Zh);
        yield return XlsxRow.Texts("记录数", dataset.Records.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return XlsxRow.Texts();
        yield return new XlsxRow([.. new[] { "字段名", "中文名", "英文名", "类型", "单位", "说明" }.Select(XlsxCell.OfText)], Bold: true);
        foreach (var f in dataset.Fields)
        {
            yield return XlsxRow.Texts(
                f.Name,
                f.Title.Zh,
                f.Title.En ?? "",
                TableSchemaBuilder.TypeName(f.Type),
                f.Unit?.Zh ?? "",
                f.Description?.Zh ?? "");
        }

        yield return XlsxRow.Texts();
        yield return new XlsxRow([.. new[] { "来源编号", "来源报道" }.Select(XlsxCell.OfText)], Bold: true);
        foreach (var s in facts.Sources)
        {
            yield return XlsxRow.Texts(s.Id, DataPackageBuilder.SourceTitle(s));
        }
    }
}
