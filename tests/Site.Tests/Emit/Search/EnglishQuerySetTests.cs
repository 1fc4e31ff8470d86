using Xunit.Abstractions;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The labelled English queries of <c>bench/search/queries-en.tsv</c>, run by search.js's engine on the English search
/// page's index of the bundled site: what an English reader finds, measured as recall@5 per class of query.
/// </summary>
public sealed class EnglishQuerySetTests
{
    private readonly ITestOutputHelper _output;

    public EnglishQuerySetTests(ITestOutputHelper output) => _output = output;

    private static List<LabelledQuery> Queries()
    {
        var queries = LabelledQuery.Read(Path.Combine(SearchTestEnvironment.RepositoryRoot, "bench", "search", "queries-en.tsv"));
        Assert.True(queries.Count >= 30, $"queries-en.tsv has {queries.Count} queries");
        return queries;
    }

    [Fact]
    public void English_queries_find_their_labelled_pages_in_the_top_five_and_other_forms_of_a_word_find_the_same_pages()
    {
        var scored = QuerySetRun.Run(Queries(), Path.Combine("en", "search"), english: true);
        var report = QuerySetRun.Report(scored);
        _output.WriteLine(report);

        var lexical = scored.Where(s => s.Query.Class != "synonym").ToList();
        var recall = lexical.Average(s => s.Recall);
        Assert.True(recall >= 0.95, $"recall@5 over {lexical.Count} queries is {recall:F2}, below 0.95:\n{report}");
        Assert.All(lexical, s => Assert.True(s.Total > 0, $"'{s.Query.Text}' ({s.Query.Class}) found nothing"));
        Assert.All(lexical.Where(s => s.Query.Class is "name" or "number"), s => Assert.True(
            s.Top.Count > 0 && s.Query.Expected.Contains(s.Top[0]),
            $"'{s.Query.Text}' ({s.Query.Class}) did not put a labelled page first: {string.Join(" ", s.Top)}"));

        // Stemming: a form the text does not use finds what the form it uses finds.
        var drones = Assert.Single(scored, s => s.Query.Text == "drones");
        var drone = Assert.Single(scored, s => s.Query.Text == "drone");
        Assert.Equal(drones.Top, drone.Top);

        // Synonyms (synonyms.yml): 'elevator' finds pages that say "lift".
        Assert.True(SynonymQueriesPass(scored), $"a synonym query has a recall@5 below {SynonymRecall}:\n{report}");
    }

    [Fact]
    public void Without_the_synonym_list_the_synonym_queries_fail_the_same_assertion()
    {
        var scored = QuerySetRun.Run(Queries(), Path.Combine("en", "search"), english: true, synonyms: false);
        _output.WriteLine(QuerySetRun.Report(scored));

        Assert.False(SynonymQueriesPass(scored), "the synonym queries pass without synonyms.yml: they no longer test it");
    }

    // Two of the three labelled pages: the third, the lift topic, uses "elevators" once (a gloss) and comes sixth,
    // below the lift stories found through the synonym.
    private const double SynonymRecall = 0.6;

    private static bool SynonymQueriesPass(List<QuerySetRun.Scored> scored)
    {
        var synonyms = scored.Where(s => s.Query.Class == "synonym").ToList();
        Assert.NotEmpty(synonyms);
        return synonyms.All(s => s.FindsALabelledPage && s.Recall >= SynonymRecall);
    }
}
