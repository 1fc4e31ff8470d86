using System.Globalization;
using System.Text;
using System.Text.Json;
using Civic.TestKit;
using Xunit.Abstractions;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The labelled English queries of <c>bench/search/queries-en.tsv</c>, run by search.js's engine on the English search
/// page's index of the bundled site: what an English reader finds, measured as recall@5 per class of query.
/// </summary>
public sealed class EnglishQuerySetTests
{
    private const int TopCount = 5;
    private readonly ITestOutputHelper _output;

    public EnglishQuerySetTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void English_queries_find_their_labelled_pages_in_the_top_five_and_other_forms_of_a_word_find_the_same_pages()
    {
        var queries = LabelledQuery.Read(Path.Combine(SearchTestEnvironment.RepositoryRoot, "bench", "search", "queries-en.tsv"));
        Assert.True(queries.Count >= 30, $"queries-en.tsv has {queries.Count} queries");

        using var site = TempSite.CopyOfRepositorySite();
        var output = Path.Combine(site.Root, "_out");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(queries.Select(q => new { q = q.Text, english = true })),
            SearchTestEnvironment.SearchJs,
            Path.Combine(output, "en", "search"));
        var results = JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        var scored = queries.Zip(results, (q, r) => new Scored(q, r.Total, r.Hits.Take(TopCount).Select(h => "/" + h.Url).ToList())).ToList();
        _output.WriteLine(Report(scored));

        var lexical = scored.Where(s => s.Query.Class != "synonym").ToList();
        var recall = lexical.Average(s => s.Recall);
        Assert.True(recall >= 0.95, $"recall@5 over {lexical.Count} queries is {recall:F2}, below 0.95:\n{Report(scored)}");
        Assert.All(lexical, s => Assert.True(s.Total > 0, $"'{s.Query.Text}' ({s.Query.Class}) found nothing"));
        Assert.All(lexical.Where(s => s.Query.Class is "name" or "number"), s => Assert.True(
            s.Top.Count > 0 && s.Query.Expected.Contains(s.Top[0]),
            $"'{s.Query.Text}' ({s.Query.Class}) did not put a labelled page first: {string.Join(" ", s.Top)}"));

        // Stemming: a form the text does not use finds what the form it uses finds.
        var drones = Assert.Single(scored, s => s.Query.Text == "drones");
        var drone = Assert.Single(scored, s => s.Query.Text == "drone");
        Assert.Equal(drones.Top, drone.Top);
    }

    private static string Report(IReadOnlyList<Scored> scored)
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

    private sealed record Scored(LabelledQuery Query, int Total, List<string> Top)
    {
        public double Recall => (double)Query.Expected.Count(Top.Contains) / Math.Min(TopCount, Query.Expected.Count);

        public bool FirstIsLabelled => Top.Count > 0 && Query.Expected.Contains(Top[0]);
    }

    private sealed record NodeHit(string Url);

    private sealed record NodeResult(int Total, List<NodeHit> Hits);
}
