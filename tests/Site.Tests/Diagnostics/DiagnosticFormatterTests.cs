using Civic.Site.Diagnostics;

namespace Civic.Site.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static SourceTextSet Sources(string path, string text)
    {
        var set = new SourceTextSet();
        set.Add(new SourceText(path, text));
        return set;
    }

    [Fact]
    public void Text_format_shows_location_code_source_line_caret_and_hint()
    {
        var d = DiagnosticCodes.UnknownKey.Create(new SourceLocation("content/stories/a.md", 2, 1), "titel", "title", "");
        var text = DiagnosticFormatter.FormatText(d, Sources("content/stories/a.md", "---\ntitel: x\n---\n"));
        Assert.Equal(
            "content/stories/a.md:2:1: error CIV2103: unknown key 'titel'\n" +
            "   2 | titel: x\n" +
            "     | ^\n" +
            "hint: did you mean 'title'?\n", text);
    }

    [Fact]
    public void Caret_under_a_character_after_chinese_text_counts_two_cells_per_chinese_character()
    {
        // column 6 is the 'x' after "名称：社区" (5 characters, of which 4 wide and the colon fullwidth)
        var d = DiagnosticCodes.YamlSyntax.Create(new SourceLocation("a.yml", 1, 6), "bad");
        var text = DiagnosticFormatter.FormatText(d, Sources("a.yml", "名称：社区x\n"));
        Assert.Contains("   1 | 名称：社区x\n     |           ^\n", text);
    }

    [Fact]
    public void Caret_padding_copies_tabs_and_pads_past_the_end_of_the_line()
    {
        Assert.Equal("\t  ", DiagnosticFormatter.CaretPadding("\tab", 4));
        Assert.Equal("     ", DiagnosticFormatter.CaretPadding("ab", 6));
    }

    [Fact]
    public void Text_format_leaves_out_source_line_when_file_text_is_unknown()
    {
        var d = DiagnosticCodes.EmptyFile.Create(SourceLocation.StartOf("data/x/a.yml"));
        Assert.Equal(
            "data/x/a.yml:1:1: error CIV1002: file is empty\nhint: write the content, or delete the file\n",
            DiagnosticFormatter.FormatText(d, null));
    }

    [Fact]
    public void Warnings_say_warning()
    {
        var d = DiagnosticCodes.UnmentionedRecord.Create(SourceLocation.StartOf("data/stations/a.yml"), "stations", "a");
        Assert.StartsWith("data/stations/a.yml:1:1: warning CIV3003: no story mentions stations 'a'\n",
            DiagnosticFormatter.FormatText(d, null));
        Assert.StartsWith("::warning ", DiagnosticFormatter.FormatGithub(d));
    }

    [Fact]
    public void Github_format_escapes_properties_and_data()
    {
        var d = DiagnosticCodes.YamlSyntax.Create(new SourceLocation("data/a,b.yml", 3, 7), "50% off: x");
        Assert.Equal(
            "::error file=data/a%2Cb.yml,line=3,col=7,title=CIV1004::CIV1004: YAML syntax error: 50%25 off: x%0A" +
            "hint: check the indentation, colons and quotes at and just before this position\n",
            DiagnosticFormatter.FormatGithub(d));
    }

    [Fact]
    public void Related_locations_are_printed_as_notes()
    {
        var d = DiagnosticCodes.EmptyFile.Create(SourceLocation.StartOf("a.yml"))
            .WithRelated(new SourceLocation("b.yml", 4, 2), "first defined here");
        Assert.EndsWith("note: b.yml:4:2: first defined here\n", DiagnosticFormatter.FormatText(d, null));
    }
}
