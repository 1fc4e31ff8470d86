using System.Globalization;
using System.Text;
using System.Text.Json;
using Civic.TestKit;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// Labelled queries run by search.js's engine on a build of the bundled site, scored as the search benchmark scores
/// them: recall@5 over the labelled pages.
/// </summary>
internal static class QuerySetRun
{
    public const int TopCount = 5;

    /// <summary>
    /// Builds a copy of the bundled site (without its synonyms.yml when <paramref name="synonyms"/> is false) and runs
    /// every query on the search page of <paramref name="searchFolder"/> (<c>search</c> or <c>en/search</c>).
    /// </summary>
    public static List<Scored> Run(IReadOnlyList<LabelledQuery> queries, string searchFolder, bool english, bool synonyms = true)
    {
        using var site = TempSite.CopyOfRepositorySite();
        if (!synonyms) File.Delete(Path.Combine(site.Root, "synonyms.yml"));
        var output = Path.Combine(site.Root, "_out");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(queries.Select(q => new { q = q.Text, filters = q.Filters, english })),
            SearchTestEnvironment.SearchJs,
            Path.Combine(output, searchFolder));
        var results = JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return queries.Zip(results, (q, r) => new Scored(q, r.Total, r.Hits.Take(TopCount).Select(h => "/" + h.Url).ToList())).ToList();
    }

    /// <summary>Recall@5 and first-result counts per class, then every query that missed a labelled page.</summary>
    public static string Report(IReadOnlyList<Scored> scored)
    {
        var text = new StringBuilder("class | queries | recall@5 | first result labelled\n");
        foreach (var group in scored.GroupBy(s => s.Query.Class))
        {
            text.Append(CultureInfo.InvariantCulture, $"{group.Key} | {group.Count()} | {group.Average(s => s.Recall):F2} | {group.Count(s => s.FirstIsLabelled)}/{group.Count()}\n");
        }

        foreach (var miss in scored.Where(s => s.Recall < 1))
        {
            text.Append(CultureInfo.InvariantCulture, $"missed: '{miss.Query.Text}' ({miss.Query.Class}), recall {miss.Recall:F2}, top: {string.Join(" ", miss.Top)}\n");
        }

        return text.ToString();
    }

    internal sealed record Scored(LabelledQuery Query, int Total, List<string> Top)
    {
        public double Recall => (double)Query.Expected.Count(Top.Contains) / Math.Min(TopCount, Query.Expected.Count);

        public bool FirstIsLabelled => Top.Count > 0 && Query.Expected.Contains(Top[0]);

        public bool FindsALabelledPage => Top.Any(Query.Expected.Contains);
    }

    private sealed record NodeHit(string Url);

    private sealed record NodeResult(int Total, List<NodeHit> Hits);
}
