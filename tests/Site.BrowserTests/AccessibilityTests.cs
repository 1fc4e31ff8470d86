using System.Text.Json;

namespace Civic.Site.BrowserTests;

[Collection("browser")]
public sealed class AccessibilityTests(BrowserFixture site)
{
    /// <summary>One page of every kind, in both languages where the kind exists in both.</summary>
    public static TheoryData<string> PageTypes =>
    [
        "", "en/", "stories/", "stories/page/2/", "stories/hanyang-dililiang/", "en/stories/hanyang-dililiang/",
        "communities/", "communities/chunhe/", "stations/", "stations/chunhe-centre/", "en/stations/chunhe-centre/",
        "programmes/", "programmes/hanyang-dililiang/", "districts/", "districts/hanyang/", "topics/",
        "topics/volunteer-service/", "topics/volunteer-service/page/2/", "en/topics/volunteer-service/page/2/",
        "data/", "data/stations/", "en/data/indicators/", "about/", "en/licence/", "contributing/", "404.html",
    ];

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_passes_axe_core_with_zero_violations(string path)
    {
        var axe = Requirements.AxeScript;
        var (page, problems) = await site.OpenAsync(bypassCsp: true);
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal(path == "404.html" ? 200 : 200, response!.Status);

        await page.AddScriptTagAsync(new() { Path = axe });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'] } });"
            + " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })); }");

        var list = violations.EnumerateArray().Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} -> {string.Join(", ", v.GetProperty("targets").EnumerateArray().Take(5))}").ToList();
        Assert.True(list.Count == 0, $"/{path}: axe violations:\n" + string.Join("\n", list));
        Assert.Empty(problems);
    }
}
