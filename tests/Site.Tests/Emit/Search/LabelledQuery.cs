namespace Civic.Site.Tests.Emit.Search;

/// <summary>One row of a labelled query file (<c>bench/search/queries-en.tsv</c>): the query, its class and the pages that should come first.</summary>
internal sealed record LabelledQuery(string Text, string Class, IReadOnlyList<string> Expected)
{
    /// <summary>The rows of a tab-separated file; lines starting with '#' are comments.</summary>
    public static List<LabelledQuery> Read(string path) => File.ReadAllLines(path)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(cells => new LabelledQuery(cells[0], cells[1], cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .ToList();
}
