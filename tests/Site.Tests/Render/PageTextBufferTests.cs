using System.Text;
using Civic.Site.Render;

namespace Civic.Site.Tests.Render;

public sealed class PageTextBufferTests
{
    [Fact]
    public void Keeps_every_character_across_growth_and_starts_over_after_clear()
    {
        var buffer = new PageTextBuffer();
        var expected = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            var piece = i % 3 == 0 ? "社区驿站" : i % 3 == 1 ? "<a href=\"/stories/x/\">" : "\n";
            buffer.Write(piece);
            buffer.Write('|');
            expected.Append(piece).Append('|');
        }

        Assert.True(expected.Length > 64 * 1024);
        Assert.Equal(expected.ToString(), buffer.Text.ToString());

        buffer.Clear();
        buffer.Write("春芽".ToCharArray(), 1, 1);
        Assert.Equal("芽", buffer.Text.ToString());
    }
}
