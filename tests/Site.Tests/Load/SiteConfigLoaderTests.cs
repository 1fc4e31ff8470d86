using Civic.Site.Load;
using Civic.TestKit;

namespace Civic.Site.Tests.Load;

public sealed class SiteConfigLoaderTests
{
    private static (Civic.Site.Model.SiteConfig? Config, string Codes, List<Civic.Site.Diagnostics.Diagnostic> Diags) Load(string yaml)
    {
        using var site = TempSite.Empty().Write("site.yml", yaml);
        var ctx = LoadContext.Create(site.Root);
        var config = SiteConfigLoader.Load(ctx);
        var diags = ctx.Diagnostics.ToSortedArray().ToList();
        return (config, SiteFixture.Codes(diags), diags);
    }

    private const string Valid = "title: {zh: 站, en: Site}\nbase_url: https://x.example/sub\nlicence: {id: CC-BY-4.0, name: CC BY}\n";

    [Fact]
    public void Reads_settings_and_fills_defaults()
    {
        var (c, codes, _) = Load(Valid + "languages: [zh-Hans, en, fr]\nrecord_pages: [stations]\nstories_per_page: 5\n");
        Assert.Equal("", codes);
        Assert.Equal("https://x.example/sub/", c!.BaseUrl);
        Assert.Equal(("站", "Site"), (c.Title.Zh, c.Title.En));
        Assert.Equal(new[] { "zh-Hans", "en", "fr" }, c.Languages.ToArray());
        Assert.Equal("zh-Hans", c.DefaultLanguage);
        Assert.Equal(new[] { "stations" }, c.RecordPages.ToArray());
        Assert.Equal(5, c.StoriesPerPage);
        Assert.Equal("CC-BY-4.0", c.Licence.Id);
    }

    [Fact]
    public void A_plain_title_is_taken_as_chinese()
    {
        var (c, _, _) = Load("title: 站点\nbase_url: http://x.example\nlicence: {id: x, name: y}\n");
        Assert.Equal(("站点", null), (c!.Title.Zh, c.Title.En));
    }

    [Fact]
    public void Unknown_keys_get_a_suggestion_but_do_not_stop_the_rest_being_read()
    {
        var (c, codes, diags) = Load(Valid + "langauges: [en]\n");
        Assert.Equal("https://x.example/sub/", c!.BaseUrl);
        Assert.Equal("CIV2103@site.yml:4:1", codes);
        Assert.Equal("did you mean 'languages'?", diags[0].Hint);
    }

    [Fact]
    public void Missing_required_settings_and_bad_values_are_all_reported()
    {
        var (c, codes, _) = Load("description: x\nstories_per_page: 0\nlanguages: en\n");
        Assert.Null(c);
        Assert.Equal("CIV2101@site.yml:1:1 CIV2101@site.yml:1:1 CIV2101@site.yml:1:1 CIV2104@site.yml:2:19 CIV2102@site.yml:3:12", codes);
    }

    [Theory]
    [InlineData("civic.example")]
    [InlineData("/")]
    [InlineData("ftp://civic.example/")]
    [InlineData("https://")]
    [InlineData("https://civic.example/?x=1")]
    [InlineData("https://civic.example/#top")]
    public void A_base_url_that_is_not_an_absolute_http_url_is_an_error_at_its_value(string url)
    {
        var (c, codes, diags) = Load($"title: 站\nbase_url: {url}\nlicence: {{id: CC-BY-4.0, name: CC BY}}\n");
        Assert.Null(c);
        Assert.Equal("CIV2102@site.yml:2:11", codes);
        Assert.Equal($"'base_url' must be an absolute http(s) URL, found the text '{url}'", diags[0].Message);
        Assert.Equal("write an absolute http(s) URL, for example https://civic.example/", diags[0].Hint);
    }

    [Fact]
    public void An_edit_url_is_optional_and_always_ends_with_a_slash()
    {
        Assert.Null(Load(Valid).Config!.EditUrl);
        var (c, codes, _) = Load(Valid + "edit_url: https://git.example/civic/edit/main\n");
        Assert.Equal("", codes);
        Assert.Equal("https://git.example/civic/edit/main/", c!.EditUrl);
    }

    [Fact]
    public void An_edit_url_that_is_not_an_absolute_http_url_is_an_error_at_its_value_with_an_example()
    {
        var (c, codes, diags) = Load(Valid + "edit_url: github.com/civic\n");
        Assert.Null(c);
        Assert.Equal("CIV2102@site.yml:4:11", codes);
        Assert.Equal("'edit_url' must be an absolute http(s) URL, found the text 'github.com/civic'", diags[0].Message);
        Assert.Equal("write an absolute http(s) URL, for example https://github.com/OWNER/REPOSITORY/edit/main/", diags[0].Hint);
    }

    [Fact]
    public void A_page_size_below_one_gets_a_hint_about_the_setting_not_about_datasets()
    {
        var (_, codes, diags) = Load(Valid + "stories_per_page: 0\nterm_stories_per_page: -1\n");
        Assert.Equal("CIV2104@site.yml:4:19 CIV2104@site.yml:5:24", codes);
        Assert.Equal("'stories_per_page' is how many stories each page of the story list shows; write a whole number at least 1", diags[0].Hint);
        Assert.Equal("'term_stories_per_page' is how many stories each page of a district or topic shows; write a whole number at least 1", diags[1].Hint);
    }
}
