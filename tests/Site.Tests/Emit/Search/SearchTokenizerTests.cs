using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

public sealed class SearchTokenizerTests
{
    public static TheoryData<string> VectorNames() => new(LoadVectors().Select(v => v.Name));

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Tokenize_MatchesSharedVector(string name)
    {
        var vector = LoadVectors().Single(v => v.Name == name);

        Assert.Equal(vector.Tokens, SearchTokenizer.Tokenize(vector.Input).Select(Format));
        Assert.Equal(vector.Query, SearchTokenizer.TokenizeQuery(vector.Input).Select(t => $"{t.Term}@{t.Position}"));
    }

    [Fact]
    public void SearchJsTokenizer_MatchesEverySharedVector()
    {
        var vectors = LoadVectors();
        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("tokenize.js"),
            JsonSerializer.Serialize(vectors.Select(v => v.Input)),
            SearchTestEnvironment.SearchJs);
        var results = JsonSerializer.Deserialize<List<NodeTokens>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        Assert.Equal(vectors.Count, results.Count);
        for (var i = 0; i < vectors.Count; i++)
        {
            Assert.True(vectors[i].Tokens.SequenceEqual(results[i].Tokens), $"tokens of '{vectors[i].Name}': {string.Join(' ', results[i].Tokens)}");
            Assert.True(vectors[i].Query.SequenceEqual(results[i].Query), $"query of '{vectors[i].Name}': {string.Join(' ', results[i].Query)}");
        }
    }

    [Fact]
    public void Tokenize_MakesEveryTwoCharacterSubstringATerm()
    {
        var terms = SearchTokenizer.Tokenize("户外工作者驿站").Select(t => t.Term).ToHashSet();

        Assert.Contains("驿站", terms);
        Assert.Contains("者驿", terms);
        Assert.Contains("户", terms);
        Assert.DoesNotContain("户外工", terms);
    }

    private static string Format(SearchToken token) => $"{token.Term}@{token.Position}{(token.Single ? "~" : string.Empty)}";

    private static List<Vector> LoadVectors()
    {
        var path = Path.Combine(SearchTestEnvironment.VectorsDirectory, "tokenizer.json");
        return JsonSerializer.Deserialize<List<Vector>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record Vector(string Name, string Input, List<string> Tokens, List<string> Query);

    private sealed record NodeTokens(List<string> Tokens, List<string> Query);
}
