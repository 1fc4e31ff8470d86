using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Civic.Site.BrowserTests;

/// <summary>The search box in the header and the /search/ page, on the index the build wrote.</summary>
[Collection("browser")]
public sealed partial class SearchTests(BrowserFixture site)
{
    [Fact]
    public async Task Typing_yizhan_in_the_header_box_lists_stations_among_the_first_results()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl);

        await page.Locator("#site-search-q").PressSequentiallyAsync("驿站");

        var results = page.Locator(".site-search-results .search-result[role=option]");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.Locator(".site-search-status")).ToHaveTextAsync(CountZh());
        var hrefs = await results.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-href'))");
        Assert.Contains(hrefs, h => h.StartsWith("/stations/", StringComparison.Ordinal));
        Assert.Equal("true", await page.GetAttributeAsync("#site-search-q", "aria-expanded"));
        // An option is not a control holding another: no link inside it.
        Assert.Equal(0, await page.Locator(".site-search-results [role=option] a[href]").CountAsync());

        // The arrow keys choose an option and keep it in view; Enter goes where it leads.
        for (var i = 0; i < 5; i++) await page.Keyboard.PressAsync("ArrowDown");
        var chosen = page.Locator(".site-search-results [aria-selected=true]");
        await Expect(chosen).ToBeInViewportAsync();
        var target = await chosen.GetAttributeAsync("data-href");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target!) + "$"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Escape_or_tabbing_past_the_header_search_closes_its_panel_and_keeps_the_query()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl);
        var panel = page.Locator(".site-search-panel");
        var box = page.Locator("#site-search-q");

        await box.PressSequentiallyAsync("驿站");
        await Expect(panel).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(box).ToHaveValueAsync("驿站");

        await box.PressSequentiallyAsync("站");
        await Expect(panel).ToBeVisibleAsync();
        // The submit button and the panel itself (it scrolls, so it takes focus) are in the form: the panel stays.
        await page.Keyboard.PressAsync("Tab");
        await Expect(panel).ToBeVisibleAsync();
        while (await page.EvaluateAsync<bool>("() => document.querySelector('.site-search').contains(document.activeElement)"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(panel).ToBeHiddenAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_district_facet_narrows_the_results_to_that_district()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString("驿站"));
        var status = page.Locator(".search-status");
        await Expect(status).ToHaveTextAsync(CountZh());
        var total = Count(await status.InnerTextAsync());

        var facets = page.Locator(".search-facet-district label");
        await Expect(facets.First).ToBeVisibleAsync();
        ILocator? chosen = null;
        var expected = 0;
        for (var i = 0; i < await facets.CountAsync(); i++)
        {
            var n = Count(await facets.Nth(i).Locator(".search-facet-count").InnerTextAsync());
            if (n > 0 && n < total)
            {
                chosen = facets.Nth(i);
                expected = n;
                break;
            }
        }

        Assert.True(chosen is not null, $"no district facet has fewer than the {total} results of 驿站");
        var district = Regex.Replace(await chosen!.InnerTextAsync(), @"\s*\(\d+\)\s*$", "").Trim();
        await chosen.Locator("input[type=checkbox]").CheckAsync();

        await Expect(status).ToHaveTextAsync($"找到 {expected} 条结果");
        Assert.True(expected < total);
        await Expect(page).ToHaveURLAsync(new Regex("[?&]district="));
        var metas = await page.Locator(".search-results .search-result-meta").AllInnerTextsAsync();
        Assert.Equal(Math.Min(expected, 20), metas.Count);
        Assert.All(metas, m => Assert.Contains(district, m));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("qwzxplorf")]
    [InlineData("无此词语")]
    public async Task A_query_without_results_says_so_and_suggests_what_to_try(string query)
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString(query));

        await Expect(page.Locator(".search-status")).ToContainTextAsync($"没有找到与“{query}”相关的内容。");
        await Expect(page.Locator(".search-status")).ToContainTextAsync("可以试试更短的词");
        await Expect(page.Locator(".search-results .search-result")).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_english_search_page_finds_stations_with_english_interface_text()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "en/search/?q=" + Uri.EscapeDataString("驿站"));

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator(".search-status")).ToHaveTextAsync(new Regex(@"^\d+ results?$"));
        await Expect(page.Locator(".search-facet-district legend")).ToHaveTextAsync("District");
        await Expect(page.Locator(".search-facet-type legend")).ToHaveTextAsync("Type");
        var hrefs = await page.Locator(".search-results a.search-result-title").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/en/", h));
        Assert.Contains(hrefs, h => h.StartsWith("/en/stations/", StringComparison.Ordinal));
        var metas = await page.Locator(".search-results .search-result-meta").AllInnerTextsAsync();
        Assert.Contains(metas, m => m.StartsWith("Station · ", StringComparison.Ordinal) && m.Contains("District", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_english_search_page_finds_a_translated_story_by_its_english_words_and_shows_its_english_title()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "en/search/?q=medicine");

        var link = page.Locator(".search-results a.search-result-title[href='/en/stories/hanyang-dililiang/']");
        await Expect(link).ToHaveTextAsync("\"Dililiang\": young delivery riders who also fetch medicine for the seriously ill");
        // Dates read as the pages write them, not as the index keeps them (2025-12-25).
        await Expect(page.Locator(".search-results li:has(a[href='/en/stories/hanyang-dililiang/']) .search-result-meta")).ToContainTextAsync("25 December 2025");
        await page.GotoAsync(site.BaseUrl + "search/?q=medicine");
        await Expect(page.Locator(".search-results a.search-result-title[href='/stories/hanyang-dililiang/']"))
            .ToHaveTextAsync("“递力量”：送外卖的年轻人，也为重症病人跑腿买药");
        await Expect(page.Locator(".search-results li:has(a[href='/stories/hanyang-dililiang/']) .search-result-meta")).ToContainTextAsync("2025年12月25日");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_english_plural_finds_the_story_that_writes_the_singular_and_marks_it_in_the_excerpt()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "en/search/?q=Medicines");

        var hit = page.Locator(".search-results li:has(a[href='/en/stories/hanyang-dililiang/'])");
        await Expect(hit.Locator("a.search-result-title")).ToHaveTextAsync("\"Dililiang\": young delivery riders who also fetch medicine for the seriously ill");
        await Expect(hit.Locator(".search-result-snippet mark").First).ToHaveTextAsync(new Regex("^medicine$", RegexOptions.IgnoreCase));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_english_word_in_another_form_finds_the_story_that_writes_its_stem()
    {
        var (page, problems) = await site.OpenAsync();
        // Only one story says "fetch", and none "fetching".
        await page.GotoAsync(site.BaseUrl + "en/search/?q=fetching");

        var hit = page.Locator(".search-results li:has(a[href='/en/stories/hanyang-dililiang/'])");
        await Expect(hit.Locator("a.search-result-title")).ToHaveTextAsync("\"Dililiang\": young delivery riders who also fetch medicine for the seriously ill");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_topic_found_from_the_english_page_is_described_in_english()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "en/search/?q=mediation");

        var hit = page.Locator(".search-results li:has(a[href='/en/topics/rule-of-law/'])");
        await Expect(hit.Locator(".search-result-snippet")).ToContainTextAsync("dispute mediation");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_station_found_from_the_english_page_is_described_in_english()
    {
        var (page, problems) = await site.OpenAsync();
        // Only the station's English summary says "sewing"; its Chinese one says 缝纫.
        await page.GotoAsync(site.BaseUrl + "en/search/?q=sewing");

        var hit = page.Locator(".search-results li:has(a[href='/en/stations/zhangjiawan-station/'])");
        await Expect(hit.Locator(".search-result-snippet mark").First).ToHaveTextAsync(new Regex("^sewing$", RegexOptions.IgnoreCase));
        Assert.Empty(problems);
    }

    private static Regex CountZh() => CountZhPattern();

    private static int Count(string text) => int.Parse(DigitsPattern().Match(text).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^找到 \d+ 条结果")]
    private static partial Regex CountZhPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}
