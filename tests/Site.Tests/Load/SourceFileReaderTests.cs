using System.Text;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.TestKit;

namespace Civic.Site.Tests.Load;

public sealed class SourceFileReaderTests
{
    private static (SourceText? Text, List<Diagnostic> Diagnostics) Read(byte[] bytes, long maxBytes = 1 << 20)
    {
        using var site = TempSite.Empty().WriteBytes("a.yml", bytes);
        var ctx = LoadContext.Create(site.Root, new LoadOptions(MaxFileBytes: maxBytes));
        var text = SourceFileReader.Read(ctx, "a.yml");
        return (text, [.. ctx.Diagnostics.ToSortedArray()]);
    }

    [Fact]
    public void Strips_the_byte_order_mark()
    {
        var (text, diags) = Read([0xEF, 0xBB, 0xBF, .. "id: a\n"u8]);
        Assert.Empty(diags);
        Assert.Equal("id: a\n", text!.Text);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte_counting_chinese_as_one_column()
    {
        var (text, diags) = Read([.. "a: 1\nname: 职中"u8, 0xC3, 0x28, .. "\n"u8]);
        Assert.Null(text);
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1001", new SourceLocation("a.yml", 2, 9)), (d.Code, d.Location));
        Assert.Equal("file is not valid UTF-8 (byte 0xC3)", d.Message);
    }

    [Fact]
    public void A_file_over_the_limit_is_reported_with_its_size()
    {
        var (text, diags) = Read(Encoding.UTF8.GetBytes(new string('x', 101)), maxBytes: 100);
        Assert.Null(text);
        Assert.Equal("file is 101 bytes, over the limit of 100 bytes", Assert.Single(diags).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void Empty_or_blank_files_are_reported(string content)
    {
        var (text, diags) = Read(Encoding.UTF8.GetBytes(content));
        Assert.Null(text);
        Assert.Equal("CIV1002", Assert.Single(diags).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x69, 0x00, 0x64, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x61 })]
    [InlineData(new byte[] { 0x69, 0x00, 0x64, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x61, 0x00, 0x0A, 0x00 })]
    public void A_utf16_file_is_named_as_such_without_echoing_its_nul_bytes(byte[] bytes)
    {
        using var site = TempSite.Empty().WriteBytes("a.yml", bytes);
        var ctx = LoadContext.Create(site.Root);
        Assert.Null(SourceFileReader.Read(ctx, "a.yml"));
        var d = Assert.Single(ctx.Diagnostics.ToSortedArray());
        Assert.Equal(("CIV1001", new SourceLocation("a.yml", 1, 1)), (d.Code, d.Location));
        Assert.Equal("file is not valid UTF-8 (it looks like UTF-16)", d.Message);
        Assert.Equal("save the file as UTF-8 instead (in the editor's 'Save As' dialog, choose the encoding UTF-8)", d.Hint);
        var shown = DiagnosticFormatter.Format([d], DiagnosticFormat.Text, ctx.Sources);
        Assert.DoesNotContain('\0', shown);
    }
}
