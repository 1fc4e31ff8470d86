using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using static Civic.Templating.Tests.TemplateTestHelper;

namespace Civic.Templating.Tests.Runtime;

/// <summary>Safe HTML a host keeps in a buffer of its own (a page body written into its frame).</summary>
public sealed class BorrowedHtmlTests
{
    private static ScriptObject ModelWith(HtmlString content)
    {
        var model = new ScriptObject();
        model.SetValue("content", content);
        return model;
    }

    [Fact]
    public void Is_written_unescaped_from_the_part_of_the_buffer_it_was_given()
    {
        var buffer = "xx<p>社区 &amp; 驿站</p>yy".ToCharArray();
        var content = new HtmlString(buffer.AsMemory(2, buffer.Length - 4));
        Assert.Equal("<main><p>社区 &amp; 驿站</p></main>", Render("<main>{{ content }}</main>", ModelWith(content), EscapingOptions()));
    }

    [Fact]
    public void Behaves_like_its_text_in_string_operations_and_comparisons()
    {
        var content = new HtmlString("<b>春芽</b>".AsMemory());
        Assert.Equal("<b>春芽</b>", content.Value);
        Assert.Equal(new HtmlString("<b>春芽</b>"), content);
        Assert.Equal(new HtmlString("<b>春芽</b>").GetHashCode(), content.GetHashCode());
        Assert.NotEqual(new HtmlString("<b>春</b>"), content);
        Assert.Equal("9|yes", Render("{{ content | string.size }}|{{ content == '<b>春芽</b>' ? 'yes' : 'no' }}", ModelWith(content), EscapingOptions()));
    }

    [Fact]
    public void Empty_borrowed_text_is_empty()
    {
        var content = new HtmlString(ReadOnlyMemory<char>.Empty);
        Assert.True(content.IsEmpty);
        Assert.Equal("none", Render("{{ content == empty ? 'none' : 'some' }}", ModelWith(content), EscapingOptions()));
    }
}
