using Civic.Site.Diagnostics;

namespace Civic.Site.Tests.Diagnostics;

public sealed class SourceTextTests
{
    [Fact]
    public void Lines_are_returned_without_line_breaks_including_crlf()
    {
        var t = new SourceText("a", "one\r\ntwo\nthree");
        Assert.Equal(3, t.LineCount);
        Assert.Equal("one", t.GetLine(1));
        Assert.Equal("two", t.GetLine(2));
        Assert.Equal("three", t.GetLine(3));
        Assert.Null(t.GetLine(4));
    }

    [Fact]
    public void A_final_newline_does_not_add_a_line()
    {
        Assert.Equal(2, new SourceText("a", "a\nb\n").LineCount);
        Assert.Equal(0, new SourceText("a", "").LineCount);
    }

    [Fact]
    public void Columns_count_scalar_values_so_astral_characters_count_once()
    {
        var t = new SourceText("a", "x\n𠀋字y\n");
        // "y" is at UTF-16 index 3 on line 2 (surrogate pair + 字) but scalar column 3
        Assert.Equal(new SourceLocation("a", 2, 3), t.Location(2, 4));
        Assert.Equal(new SourceLocation("a", 2, 3), t.LocationAt(2 + 3));
    }

    [Fact]
    public void Chinese_characters_count_one_column_each()
    {
        var t = new SourceText("a", "名称：社区x");
        Assert.Equal(new SourceLocation("a", 1, 6), t.LocationAt(5));
    }
}
