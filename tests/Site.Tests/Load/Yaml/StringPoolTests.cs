using Civic.Site.Load.Yaml;

namespace Civic.Site.Tests.Load.Yaml;

public sealed class StringPoolTests
{
    [Fact]
    public void Gives_one_string_for_equal_short_ascii_texts()
    {
        var pool = new StringPool();
        var first = pool.Get("topics: [c00156]".AsSpan(9, 6));
        var second = pool.Get("c00156".AsSpan());
        Assert.Equal("c00156", first);
        Assert.Same(first, second);
        Assert.NotSame(first, pool.Get("c00157".AsSpan()));
    }

    [Fact]
    public void Copies_long_and_non_ascii_texts_without_keeping_them()
    {
        var pool = new StringPool();
        var chinese = pool.Get("社区".AsSpan());
        var longText = new string('a', 40);
        var copy = pool.Get(longText.AsSpan());
        Assert.Equal("社区", chinese);
        Assert.NotSame(chinese, pool.Get("社区".AsSpan()));
        Assert.Equal(longText, copy);
        Assert.NotSame(copy, pool.Get(longText.AsSpan()));
    }
}
