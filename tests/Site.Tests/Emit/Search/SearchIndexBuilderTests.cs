using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The builder tokenizes without a string per token; its postings must be what <see cref="SearchTokenizer.Tokenize"/>
/// gives, term for term, position for position, counts included.
/// </summary>
public sealed class SearchIndexBuilderTests
{
    private static readonly SearchFacetValue District = new("wuchang", "武昌区", "Wuchang");

    public static TheoryData<string, string> Texts() => new()
    {
        { "职中社区户外工作者驿站", "驿站设在物业用房里，有冰箱、微波炉和饮水机。\n骑手驿站 驿站驿站" },
        { "Station ĞÜZEL İstanbul", "Mixed 中文words and 123 numbers, ÉCOLE école ΣΊΣΥΦΟΣ straße" },
        { "ｆｕｌｌｗｉｄｔｈ ＡＢＣ", "①②③ ㍻ ﬁ ligatures and ＃hash" },
        { "", "averyveryveryveryveryveryverylongwordthatgoesonandonforeverandever x" + new string('a', 40) + "é" },
        { "𠀀𠀁 rare", "𠀀𠀁𠀂 漢字かなカナ한글 e\u0301 cafe\u0301 \ud800 lone" },
        { "标题", "" },
        { "a b a", "a b a 标 标题 题标题" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Postings_are_those_of_the_reference_tokenizer(string title, string text)
    {
        var documents = new[]
        {
            new SearchDocument("b/", "zh-Hans", SearchDocumentType.Story, title, text, District, [District], null),
            new SearchDocument("a/", "zh-Hans", SearchDocumentType.Page, text, title, null, [], null),
        };

        AssertSameAsReference(SearchIndexBuilder.Build(documents));
    }

    [Fact]
    public void Postings_of_the_fixture_corpus_are_those_of_the_reference_tokenizer()
    {
        AssertSameAsReference(SearchIndexBuilder.Build(SearchFixtureCorpus.Documents));
    }

    private static void AssertSameAsReference(SearchIndex index)
    {
        var expected = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        for (var doc = 0; doc < index.Documents.Count; doc++)
        {
            var document = index.Documents[doc];
            var title = SearchTokenizer.Tokenize(SearchIndexBuilder.IndexedTitle(document));
            var titleEnd = title.Count == 0 ? 0 : title[^1].Position + 1;
            var body = SearchTokenizer.Tokenize(SearchIndexBuilder.IndexedText(document));
            Assert.Equal(titleEnd, index.TitleEnds[doc]);
            Assert.Equal(titleEnd + (body.Count == 0 ? 0 : body[^1].Position + 1), index.Lengths[doc]);
            var perTerm = title.Select(t => (t.Term, t.Position, Title: true))
                .Concat(body.Select(t => (t.Term, Position: t.Position + titleEnd + 1, Title: false)))
                .GroupBy(t => t.Term, StringComparer.Ordinal);
            foreach (var term in perTerm)
            {
                var positions = SearchIndex.HasPositions(term.Key) ? string.Join(',', term.Select(t => t.Position)) : "-";
                var posting = $"{doc}:{term.Count(t => t.Title)}/{term.Count(t => !t.Title)}:{positions}";
                if (!expected.TryGetValue(term.Key, out var list))
                {
                    expected[term.Key] = list = [];
                }

                list.Add(posting);
            }
        }

        var actual = index.Terms.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(p => $"{p.Doc}:{p.TitleCount}/{p.BodyCount}:{(p.Positions is null ? "-" : string.Join(',', p.Positions))}").ToList(),
            StringComparer.Ordinal);
        Assert.Equal(expected.Keys, actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, kv => Assert.Equal(kv.Value, actual[kv.Key]));
    }
}
