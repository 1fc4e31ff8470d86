using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>
/// A dataset page's preview table says which language each cell is in when it is not the page's: the Chinese names
/// on English pages, the English names on Chinese pages (so screen readers and fonts treat them right).
/// </summary>
public sealed partial class BundledSitePreviewLangTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSitePreviewLangTests(BuiltBundledSite site) => _site = site;

    public static TheoryData<string> Datasets => ["communities", "stations", "programmes", "indicators", "sources", "topics", "districts"];

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Chinese_cells_on_english_pages_and_english_cells_on_chinese_pages_carry_their_language(string dataset)
    {
        var english = Cells($"/en/data/{dataset}/");
        var chinese = Cells($"/data/{dataset}/");

        var untaggedChinese = english.Where(c => Han().IsMatch(c.Text) && c.Lang is null).Select(c => c.Text).ToList();
        Assert.True(untaggedChinese.Count == 0, "Chinese without lang on the English page: " + string.Join(" | ", untaggedChinese.Take(5)));
        Assert.Contains(english, c => c.Lang == "zh-Hans");

        var untaggedEnglish = chinese.Where(c => EnglishWords().IsMatch(c.Text) && c.Lang is null).Select(c => c.Text).ToList();
        Assert.True(untaggedEnglish.Count == 0, "English without lang on the Chinese page: " + string.Join(" | ", untaggedEnglish.Take(5)));

        // The id column holds codes, in no language.
        Assert.All(english.Concat(chinese).Where(c => c.Column == 0), c => Assert.Null(c.Lang));
    }

    private List<(string Text, string? Lang, int Column)> Cells(string url)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));
        var rows = document.QuerySelectorAll("section[aria-labelledby=preview-title] table tbody tr");
        Assert.NotEmpty(rows);
        return [.. rows.SelectMany(r => r.QuerySelectorAll("td").Select((td, i) => (td.TextContent.Trim(), LangOf(td), i)))];
    }

    // The language set on the cell itself, or on the element its text is in.
    private static string? LangOf(IElement cell) =>
        cell.GetAttribute("lang") ?? (cell.Children is [{ } only] && only.TextContent == cell.TextContent ? only.GetAttribute("lang") : null);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // Two or more words of Latin letters and no Chinese: an English text, not a code or a number.
    [GeneratedRegex(@"^(?!.*\p{IsCJKUnifiedIdeographs})[A-Za-z][A-Za-z'’,.()-]*( [A-Za-z0-9'’,.()&/-]+)+$")]
    private static partial Regex EnglishWords();
}
