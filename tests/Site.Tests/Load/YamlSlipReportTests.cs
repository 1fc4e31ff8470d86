using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Tests.Load;

/// <summary>Typing slips in YAML are reported at the slip itself, in words that say how to fix it.</summary>
public sealed class YamlSlipReportTests
{
    private static (YNode? Node, List<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var node = YamlReader.Read(new SourceText("a.yml", yaml), LoadOptions.Default, bag);
        return (node, bag.ToSortedArray().ToList());
    }

    [Theory]
    [InlineData("id: hanyang-riders-home\nname: 汉阳骑手之家\nkind: other\n\tdistrict: hanyang\nsummary: 为骑手提供休息的地方。\n", 4, 1)]
    [InlineData("id: hanyang-riders-home\nname: 汉阳骑手之家\nkind: other\nservices:\n\t- 休息\n", 5, 1)]
    public void A_tab_in_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var (node, diags) = Read(yaml);
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1004", new SourceLocation("a.yml", line, column)), (d.Code, d.Location));
        Assert.Equal("YAML syntax error: a tab is used for indentation", d.Message);
        Assert.Equal("replace the tab with spaces (YAML indents with spaces only)", d.Hint);
    }

    [Fact]
    public void A_tab_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/night.md", "---\ntitle: 武昌夜市\n\tdate: 2025-03-01\nsummary: s\n---\n正文。\n");
        var (_, diags, _) = SiteFixture.Load(site);
        Assert.Equal("CIV1004@content/stories/night.md:3:1", SiteFixture.Codes(diags));
        Assert.Equal("YAML syntax error: a tab is used for indentation", diags[0].Message);
    }

    [Fact]
    public void A_tab_inside_a_block_text_is_the_editors_own()
    {
        var (node, diags) = Read("a: |\n  x\n  \ty\nb: c\n");
        Assert.Empty(diags);
        Assert.Equal("x\n\ty\n", Assert.IsType<YScalar>(Assert.IsType<YMapping>(node).Get("a")).Value);
    }

    [Theory]
    [InlineData("title:武昌夜市\ndate: 2025-03-01\n", 1, 6, "title", "武昌夜市")]
    [InlineData("id:hanyang-riders-home\nname: 汉阳骑手之家\n", 1, 3, "id", "hanyang-riders-home")]
    [InlineData("id: hanyang-riders-home\nname:汉阳骑手之家\nkind: other\n", 2, 5, "name", "汉阳骑手之家")]
    [InlineData("id: a\nkind: other\nname:汉阳骑手之家\n", 3, 5, "name", "汉阳骑手之家")]
    [InlineData("id:hanyang-riders-home\n", 1, 3, "id", "hanyang-riders-home")]
    public void A_key_without_a_space_after_its_colon_is_reported_at_the_colon(string yaml, int line, int column, string key, string value)
    {
        var (node, diags) = Read(yaml);
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1004", new SourceLocation("a.yml", line, column)), (d.Code, d.Location));
        Assert.Equal($"YAML syntax error: no space after ':' following the key '{key}'", d.Message);
        Assert.Equal($"write \"{key}: {value}\" (YAML needs a space after ':')", d.Hint);
    }

    [Fact]
    public void A_missing_space_in_front_matter_is_reported_on_its_own_line()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/night.md", "---\ntitle:武昌夜市\ndate: 2025-03-01\nsummary: s\n---\n正文。\n");
        var (_, diags, _) = SiteFixture.Load(site);
        Assert.Equal("CIV1004@content/stories/night.md:2:6", SiteFixture.Codes(diags));
        Assert.Equal("write \"title: 武昌夜市\" (YAML needs a space after ':')", diags[0].Hint);
    }

    [Fact]
    public void Urls_and_times_are_not_taken_for_a_missing_space()
    {
        var (node, diags) = Read("url: https://example.org/a\ntime: 12:30\nnote: >\n  see\n  https://example.org\n");
        Assert.Empty(diags);
        Assert.IsType<YMapping>(node);

        // A document broken elsewhere keeps the parser's own description.
        (node, diags) = Read("time: 12:30\nnote:\n  https://example.org\nsummary 为骑手提供休息的地方。\n");
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal("CIV1004", d.Code);
        Assert.DoesNotContain("space after", d.Message);
    }

    [Fact]
    public void A_closed_bracket_before_an_error_gets_no_note()
    {
        var (_, diags) = Read("id: a\nkind: other\nsources: [src-social-work-2025]\nsummary 为骑手提供休息的地方。\n");
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1004", new SourceLocation("a.yml", 4, 1)), (d.Code, d.Location));
        Assert.Empty(d.Related);
    }

    [Fact]
    public void A_bracket_left_open_is_reported_at_the_bracket()
    {
        var (_, diags) = Read("id: a\nkind: other\nsources: [src-social-work-2025\ntopics: [volunteer-service]\nsummary: 为骑手提供休息的地方。\n");
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1004", new SourceLocation("a.yml", 3, 10)), (d.Code, d.Location));
        Assert.Equal("YAML syntax error: this '[' is not closed", d.Message);
        Assert.Equal("add the closing ']' after the last item", d.Hint);
    }

    [Fact]
    public void A_bracket_open_at_a_parser_error_is_noted_and_one_closed_in_a_quoted_text_is_not()
    {
        var (_, diags) = Read("id: a\nsources: [a, \"b]\"\nkind: other\n");
        var d = Assert.Single(diags);
        Assert.Contains(new SourceLocation("a.yml", 2, 10), d.Related.Select(r => r.Location).Append(d.Location));
    }

    [Fact]
    public void Every_key_with_a_full_width_colon_is_reported_in_one_run()
    {
        var (node, diags) = Read("title：武昌夜市\ndate: 2025-03-01\nsummary: 一个测试。\nsources： [src-social-work-2025]\n");
        Assert.Null(node);
        Assert.Equal("CIV1011@a.yml:1:6 CIV1011@a.yml:4:8", SiteFixture.Codes(diags));
        Assert.Equal(["title", "sources"], diags.Select(d => d.Message.Split('\'')[1]));
    }

    [Fact]
    public void Ids_joined_by_a_full_width_comma_are_reported_as_such()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/zhizhong.yml", site.Read("data/communities/zhizhong.yml").Replace("sources: [src-a]", "sources: [src-a，outdoor-workers]"));
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV3001", d.Code);
        Assert.Equal("'，' is a full-width comma, which YAML does not take for ','; separate the ids with ',': [src-a, outdoor-workers]", d.Hint);
    }

    [Fact]
    public void A_list_in_full_width_brackets_is_reported_with_the_list_it_should_be()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/zhizhong.yml", site.Read("data/communities/zhizhong.yml").Replace("sources: [src-a]", "sources: ［src-a］"));
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV2102", d.Code);
        Assert.Equal("'［' and '］' are full-width brackets, which YAML does not take for '[' and ']'; write the list as [src-a]", d.Hint);
    }
}
