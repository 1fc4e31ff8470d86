using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/&lt;dataset&gt;/datapackage.json</c>, a Frictionless Data Package v2. Its resources are the dataset's CSV
/// plus the CSV of every dataset it refers to (always including <c>sources</c>, the articles behind every figure),
/// so each foreign key resolves inside the package. Resource paths are absolute URLs: the v2 profile forbids
/// relative paths that climb out of the descriptor's folder. <c>bytes</c> and the sha256 <c>hash</c> are those of
/// the published files.
/// </summary>
public static class DataPackageBuilder
{
    /// <summary>The profile URL every descriptor names in <c>$schema</c>.</summary>
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>The descriptor of <paramref name="facts"/>' dataset; <paramref name="csv"/> gives each dataset's CSV file.</summary>
    public static JsonObject Build(SiteModel model, DatasetFacts facts, string baseUrl, Func<string, PublishedFile> csv)
    {
        var dataset = facts.Dataset;
        var config = model.Config;
        var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = dataset.Id,
            ["id"] = landing,
            ["title"] = dataset.Title.Zh,
            ["description"] = Description(dataset),
            ["homepage"] = landing,
        };
        if (facts.Version is { } version)
        {
            package["version"] = version;
        }

        package["keywords"] = JsonText.Strings(Keywords(dataset));
        package["licenses"] = new JsonArray(Licence(config));
        package["contributors"] = new JsonArray(new JsonObject
        {
            ["title"] = Citation.Publisher(config).Zh,
            ["path"] = baseUrl,
            ["roles"] = JsonText.Strings(["publisher"]),
        });
        package["sources"] = Sources(facts);

        var resources = new JsonArray(Resource(model, dataset, baseUrl, csv));
        var others = facts.ReferencedDatasets.Append(DatasetFacts.SourcesDataset)
            .Where(id => id != dataset.Id)
            .Distinct(StringComparer.Ordinal);
        foreach (var id in others)
        {
            if (model.Dataset(id) is { } other)
            {
                resources.Add((JsonNode)Resource(model, other, baseUrl, csv));
            }
        }

        package["resources"] = resources;
        return package;
    }

    private static JsonObject Resource(SiteModel model, Dataset dataset, string baseUrl, Func<string, PublishedFile> csv)
    {
        var file = csv(dataset.Id);
        return new JsonObject
        {
            ["name"] = dataset.Id,
            ["type"] = "table",
            ["path"] = baseUrl + OpenDataPaths.Csv(dataset.Id),
            ["title"] = dataset.Title.Zh,
            ["description"] = Description(dataset),
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = file.Bytes,
            ["hash"] = "sha256:" + file.Sha256,
            ["schema"] = TableSchemaBuilder.Build(model, dataset),
        };
    }

    private static string Description(Dataset dataset) =>
        dataset.Description.En is { } en ? $"{dataset.Description.Zh}\n\n{en}" : dataset.Description.Zh;

    /// <summary>The licence entry: SPDX/Open Definition id, URL and name.</summary>
    public static JsonObject Licence(SiteConfig config)
    {
        var o = new JsonObject { ["name"] = config.Licence.Id };
        if (config.Licence.Url is { } url)
        {
            o["path"] = url;
        }

        o["title"] = config.Licence.Name;
        return o;
    }

    /// <summary>Keywords: the dataset title in both languages and the place.</summary>
    public static IEnumerable<string> Keywords(Dataset dataset)
    {
        yield return dataset.Title.Zh;
        if (dataset.Title.En is { } en)
        {
            yield return en;
        }

        yield return "武汉";
        yield return "Wuhan";
    }

    private static JsonArray Sources(DatasetFacts facts)
    {
        var sources = new JsonArray();
        foreach (var s in facts.Sources)
        {
            sources.Add((JsonNode)new JsonObject { ["title"] = SourceTitle(s) });
        }

        if (sources.Count == 0)
        {
            sources.Add((JsonNode)new JsonObject { ["title"] = "汇编自公开报道，逐条来源见 sources 资源" });
        }

        return sources;
    }

    /// <summary>"headline. publisher, date" from a <c>sources</c> record, leaving out what the record does not give.</summary>
    public static string SourceTitle(DataRecord source)
    {
        var headline = source.GetString("headline") ?? source.Title.Zh;
        var rest = new[] { source.GetString("publisher"), source.Get("date")?.ToString() }.Where(s => !string.IsNullOrEmpty(s));
        var tail = string.Join(", ", rest);
        return tail.Length > 0 ? $"{headline}. {tail}" : headline;
    }
}
