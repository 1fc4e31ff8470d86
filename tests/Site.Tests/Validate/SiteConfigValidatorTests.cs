using Civic.TestKit;

namespace Civic.Site.Tests.Validate;

public sealed class SiteConfigValidatorTests
{
    private const string Head = "title: {zh: 测试站点, en: Test site}\nbase_url: https://civic.example/\nlicence: {id: CC-BY-4.0, name: CC BY}\n";

    private static TempSite WithTheme(string siteYml, params string[] languages)
    {
        var site = SiteFixture.Minimal().Write("site.yml", siteYml);
        foreach (var language in languages) site.Write($"themes/default/i18n/{language}.yml", "language_name: x\n");
        return site;
    }

    [Fact]
    public void A_theme_folder_that_does_not_exist_is_one_error_at_the_value_listing_the_themes()
    {
        using var site = WithTheme(Head + "theme: fancy\n", "zh-Hans", "en");
        site.Write("themes/plain/i18n/zh-Hans.yml", "language_name: x\n");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2121@site.yml:4:8", SiteFixture.Codes([d]));
        Assert.Equal("theme 'fancy' does not exist: there is no folder themes/fancy/", d.Message);
        Assert.Equal("themes: default, plain", d.Hint);

        site.Write("site.yml", Head + "theme: defualt\n");
        Assert.Equal("did you mean 'default'? themes: default, plain", Assert.Single(SiteFixture.Check(site)).Hint);
    }

    [Fact]
    public void A_language_without_interface_texts_in_the_theme_is_an_error_at_that_language()
    {
        using var site = WithTheme(Head + "languages: [zh-Hans, fr]\n", "zh-Hans", "en");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2122@site.yml:4:22", SiteFixture.Codes([d]));
        Assert.Equal("theme 'default' has no interface texts for language 'fr'", d.Message);
        Assert.Equal("add themes/default/i18n/fr.yml, or use a language the theme has: en, zh-Hans", d.Hint);
    }

    [Fact]
    public void A_language_listed_twice_or_a_first_language_other_than_chinese_is_an_error_at_the_value()
    {
        using var site = WithTheme(Head + "languages: [zh-Hans, en, en]\n", "zh-Hans", "en");
        var twice = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2123@site.yml:4:26", SiteFixture.Codes([twice]));
        Assert.Equal("language 'en' is listed twice", twice.Message);

        site.Write("site.yml", Head + "languages: [en, zh-Hans]\n");
        var first = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2124@site.yml:4:13", SiteFixture.Codes([first]));
        Assert.StartsWith("put zh-Hans first", first.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_languages_the_theme_lacks_are_reported_at_the_theme()
    {
        using var site = WithTheme(Head + "theme: default\n", "zh-Hans");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2122@site.yml:4:8", SiteFixture.Codes([d]));
        Assert.Equal("theme 'default' has no interface texts for language 'en'", d.Message);
    }

    [Fact]
    public void Theme_and_languages_are_checked_even_when_other_settings_are_wrong()
    {
        using var site = WithTheme(Head.Replace("https://civic.example/", "civic.example") + "languages: [zh-Hans, fr]\ntheme: fancy\n", "zh-Hans");
        Assert.Equal("CIV2102@site.yml:2:11 CIV2121@site.yml:5:8", SiteFixture.Codes(SiteFixture.Check(site)));
    }

    [Fact]
    public void A_site_that_names_no_theme_and_has_no_themes_folder_is_left_to_the_build()
    {
        using var site = SiteFixture.Minimal();
        Assert.Empty(SiteFixture.Check(site));
    }
}
