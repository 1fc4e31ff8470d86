namespace Civic.Site.BrowserTests;

[Collection("browser")]
public sealed class ScreenshotTests(BrowserFixture site)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("home", "")]
    [InlineData("story", "stories/hanyang-dililiang/")]
    [InlineData("station", "stations/chunhe-centre/")]
    [InlineData("home-en", "en/")]
    public async Task Screenshots_of_desktop_and_phone_are_saved_under_artifacts(string name, string path)
    {
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var (page, problems) = await site.OpenAsync(width, height);
            await page.GotoAsync(site.BaseUrl + path);
            var file = Path.Combine(site.Artifacts, $"{name}-{device}.png");

            await page.ScreenshotAsync(new() { Path = file, FullPage = true });

            Assert.Equal(PngSignature, File.ReadAllBytes(file).Take(8));
            Assert.Empty(problems);
        }
    }
}
