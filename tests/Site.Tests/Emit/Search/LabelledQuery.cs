namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// One row of a labelled query file: the query, its class, its filters (<c>bench/search/queries.tsv</c> only) and
/// the pages that should come first.
/// </summary>
internal sealed record LabelledQuery(string Text, string Class, IReadOnlyList<string> Expected)
{
    /// <summary>Facet filters (<c>district=wuchang,type=story</c>), or empty.</summary>
    public IReadOnlyDictionary<string, string[]> Filters { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The rows of <c>queries-en.tsv</c> (query, class, expected); lines starting with '#' are comments.</summary>
    public static List<LabelledQuery> Read(string path) => Rows(path)
        .Select(cells => new LabelledQuery(cells[0], cells[1], Split(cells[2])))
        .ToList();

    /// <summary>The rows of <c>queries.tsv</c> (query, class, filters, expected).</summary>
    public static List<LabelledQuery> ReadWithFilters(string path) => Rows(path)
        .Select(cells => new LabelledQuery(cells[0], cells[1], Split(cells[3])) { Filters = FiltersOf(cells[2]) })
        .ToList();

    private static IEnumerable<string[]> Rows(string path) => File.ReadAllLines(path)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'));

    private static string[] Split(string cell) => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string[]> FiltersOf(string cell) => cell
        .Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .GroupBy(pair => pair[0], pair => pair[1])
        .ToDictionary(g => g.Key, g => g.ToArray());
}
