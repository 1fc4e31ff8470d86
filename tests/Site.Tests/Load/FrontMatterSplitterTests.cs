using Civic.Site.Diagnostics;
using Civic.Site.Load;

namespace Civic.Site.Tests.Load;

public sealed class FrontMatterSplitterTests
{
    private static (FrontMatter? Parts, DiagnosticBag Bag) Split(string text)
    {
        var bag = new DiagnosticBag();
        return (FrontMatterSplitter.Split(new SourceText("s.md", text), bag), bag);
    }

    [Fact]
    public void Splits_yaml_and_body_and_gives_their_first_lines()
    {
        var (parts, bag) = Split("---\ntitle: 标题\ndate: 2024-07\n---\n正文\n");
        Assert.Equal(0, bag.Count);
        Assert.Equal("title: 标题\ndate: 2024-07\n", parts!.Yaml);
        Assert.Equal(2, parts.YamlLine);
        Assert.Equal("正文\n", parts.Body);
        Assert.Equal(5, parts.BodyLine);
    }

    [Fact]
    public void Accepts_crlf_line_breaks_and_an_empty_body()
    {
        var (parts, _) = Split("---\r\ntitle: a\r\n---\r\n");
        Assert.Equal("title: a\r\n", parts!.Yaml);
        Assert.Equal("", parts.Body);
    }

    [Fact]
    public void A_horizontal_rule_in_the_body_is_not_a_fence()
    {
        var (parts, _) = Split("---\ntitle: a\n---\none\n\n---\n\ntwo\n");
        Assert.Equal("one\n\n---\n\ntwo\n", parts!.Body);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_at_the_opening_fence()
    {
        var (parts, bag) = Split("---\ntitle: a\n\nbody\n");
        Assert.Null(parts);
        var d = Assert.Single(bag.ToSortedArray());
        Assert.Equal(("CIV1007", 1), (d.Code, d.Location.Line));
    }

    [Fact]
    public void A_file_without_front_matter_is_reported()
    {
        var (parts, bag) = Split("# title\n---\n");
        Assert.Null(parts);
        Assert.Equal("CIV1008", Assert.Single(bag.ToSortedArray()).Code);
    }
}
