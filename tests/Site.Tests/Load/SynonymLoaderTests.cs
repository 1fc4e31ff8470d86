using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Model;
using Civic.TestKit;

namespace Civic.Site.Tests.Load;

public sealed class SynonymLoaderTests
{
    private static readonly string[] Languages = ["zh-Hans", "en"];

    private static (List<SynonymGroup> Groups, string Codes, List<Diagnostic> Diags) Load(string? yaml)
    {
        using var site = TempSite.Empty();
        if (yaml is not null) site.Write(SynonymLoader.FileName, yaml);
        var ctx = LoadContext.Create(site.Root);
        var groups = SynonymLoader.Load(ctx, Languages);
        var diags = ctx.Diagnostics.ToSortedArray().ToList();
        return ([.. groups], SiteFixture.Codes(diags), diags);
    }

    [Fact]
    public void Reads_groups_per_language_in_order()
    {
        var (groups, codes, _) = Load("zh-Hans:\n  - [加装电梯, 增设电梯]\n  - [志愿者, 义工]\nen:\n  - [lift, elevator]\n");
        Assert.Equal("", codes);
        Assert.Equal(["zh-Hans|加装电梯,增设电梯", "zh-Hans|志愿者,义工", "en|lift,elevator"],
            groups.Select(g => g.Language + "|" + string.Join(",", g.Terms)));
    }

    [Fact]
    public void No_file_means_no_synonyms_and_no_problem()
    {
        var (groups, codes, _) = Load(null);
        Assert.Empty(groups);
        Assert.Equal("", codes);
    }

    [Fact]
    public void A_language_with_no_groups_is_allowed()
    {
        var (groups, codes, _) = Load("zh-Hans:\nen:\n  - [lift, elevator]\n");
        Assert.Equal("", codes);
        Assert.Single(groups);
    }

    [Fact]
    public void A_group_of_one_term_is_an_error_at_the_group()
    {
        var (groups, codes, diags) = Load("en:\n  - [lift, elevator]\n  - [drone]\n");
        Assert.Equal("CIV2126@synonyms.yml:3:5", codes);
        Assert.Equal("a synonym group needs at least two different terms, this one has 1", diags[0].Message);
        Assert.Contains("'drone'", diags[0].Hint);
        Assert.Single(groups);
    }

    [Fact]
    public void A_lone_term_instead_of_a_group_and_a_term_repeated_are_groups_too_small()
    {
        var (groups, codes, _) = Load("en:\n  - lift\n  - [Lift, lift]\n");
        Assert.Equal("CIV2126@synonyms.yml:2:5 CIV2126@synonyms.yml:3:5", codes);
        Assert.Empty(groups);
    }

    [Fact]
    public void An_empty_term_and_a_nested_list_are_reported_at_the_item()
    {
        var (_, codes, diags) = Load("zh-Hans:\n  - [加装电梯, \"\"]\n  - [志愿者, [义工]]\n");
        Assert.Equal("CIV2102@synonyms.yml:2:12 CIV2102@synonyms.yml:3:11", codes);
        Assert.All(diags, d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }

    [Fact]
    public void A_language_that_is_not_a_list_of_groups_is_a_wrong_type()
    {
        var (_, codes, diags) = Load("en: lift, elevator\n");
        Assert.Equal("CIV2102@synonyms.yml:1:5", codes);
        Assert.Contains("a list of synonym groups", diags[0].Message);
    }

    [Fact]
    public void A_language_the_site_does_not_have_is_an_unknown_key_naming_the_site_languages()
    {
        var (_, codes, diags) = Load("zh:\n  - [加装电梯, 增设电梯]\n");
        Assert.Equal("CIV2103@synonyms.yml:1:1", codes);
        Assert.Equal("allowed keys here: zh-Hans, en", diags[0].Hint);
    }

    [Fact]
    public void Malformed_yaml_is_a_syntax_error_with_its_position()
    {
        var (groups, codes, _) = Load("en:\n  - [lift, elevator\n");
        Assert.StartsWith("CIV1004@synonyms.yml:", codes);
        Assert.Empty(groups);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_reported()
    {
        var (_, codes, _) = Load("- [lift, elevator]\n");
        Assert.Equal("CIV1009@synonyms.yml:1:1", codes);
    }
}
