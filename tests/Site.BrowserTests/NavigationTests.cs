using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Civic.Site.BrowserTests;

[Collection("browser")]
public sealed class NavigationTests(BrowserFixture site)
{
    [Fact]
    public async Task Home_to_a_story_to_its_community_and_back_to_the_stories_that_mention_it()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl);
        var storyLinks = await page.Locator(".story-card .card-title a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(storyLinks);

        string? storyUrl = null;
        foreach (var href in storyLinks.Distinct())
        {
            await page.GotoAsync(site.BaseUrl);
            await page.Locator($".story-card .card-title a[href='{href}']").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(new Uri(site.BaseUrl), href).ToString());
            if (await page.Locator(".facts a[href^='/communities/']").CountAsync() > 0)
            {
                storyUrl = href;
                break;
            }
        }

        Assert.True(storyUrl is not null, "no story on the home page links to a community");
        var storyTitle = await page.Locator("h1").InnerTextAsync();
        await page.Locator(".facts a[href^='/communities/']").First.ClickAsync();
        await Expect(page.Locator("body")).ToHaveClassAsync("page-record");
        await Expect(page.Locator(".backlinks")).ToContainTextAsync(storyTitle);

        await page.Locator($".backlinks a[href='{storyUrl}']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(storyTitle);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_language_switch_leads_to_the_same_page_in_english_and_back()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.BaseUrl + "stations/chunhe-centre/");
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));

        await page.Locator(".lang-switch a[hreflang='en']").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "en/stations/chunhe-centre/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator(".site-nav")).ToContainTextAsync("Stories");
        Assert.Equal("http://127.0.0.1/stations/chunhe-centre/", await page.GetAttributeAsync("link[rel='alternate'][hreflang='zh-Hans']", "href"));
        Assert.Equal("http://127.0.0.1/en/stations/chunhe-centre/", await page.GetAttributeAsync("link[rel='alternate'][hreflang='en']", "href"));

        await page.Locator(".lang-switch a[hreflang='zh-Hans']").ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "stations/chunhe-centre/");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_the_search_box_is_there()
    {
        var (page, problems) = await site.OpenAsync(390, 844);

        foreach (var path in new[] { "", "stories/hanyang-dililiang/", "stations/chunhe-centre/", "data/stations/" })
        {
            await page.GotoAsync(site.BaseUrl + path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"/{path} is {overflow}px wider than the phone screen");
            await Expect(page.Locator("#site-search-q")).ToBeVisibleAsync();
        }

        Assert.Empty(problems);
    }
}
