using Civic.Templating.Runtime;
using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class ArrayFunctionsTests
{
    [Theory]
    [InlineData("{{ [1, 2, 3] | array.add 4 }}", "[1, 2, 3, 4]")]
    [InlineData("{{ [1, 2] | array.add_range [3, 4] }}|{{ [1] | array.concat [2] }}", "[1, 2, 3, 4]|[1, 2]")]
    [InlineData("{{ [1, null, 3] | array.compact }}", "[1, 3]")]
    [InlineData("{{ [1, 2, 3] | array.contains 2 }} {{ [1, 2, 3] | array.contains 5 }} {{ [1, 2] | array.contains 2.0 }}", "true false true")]
    [InlineData("{{ [4, 5, 6] | array.first }}{{ [4, 5, 6] | array.last }}{{ [] | array.first }}", "46")]
    [InlineData("{{ ['a', 'b', 'c'] | array.insert_at 2 'Yo' }}", "[\"a\", \"b\", \"Yo\", \"c\"]")]
    [InlineData("{{ [1] | array.insert_at 3 2 }}", "[1, null, null, 2]")]
    [InlineData("{{ [1, 2, 3] | array.join ', ' }}", "1, 2, 3")]
    [InlineData("{{ [1, 2] | array.join '|' @string.literal }}", "\"1\"|\"2\"")]
    [InlineData("{{ [4, 5, 6] | array.limit 2 }}|{{ [4, 5, 6] | array.offset 1 }}|{{ [4, 5, 6] | array.offset (-1) }}", "[4, 5]|[5, 6]|[4, 5, 6]")]
    [InlineData("{{ [4, 5, 6, 7] | array.remove_at (-1) }}|{{ [4, 5] | array.remove_at 9 }}", "[4, 5, 6]|[4, 5]")]
    [InlineData("{{ [4, 5, 6] | array.reverse }}|{{ 1..3 | array.reverse }}", "[6, 5, 4]|[3, 2, 1]")]
    [InlineData("{{ [1, 1, 2, 1.0] | array.uniq }}", "[1, 2]")]
    [InlineData("{{ [10, 2, 6.5] | array.sort }}", "[2, 6.5, 10]")]
    [InlineData("{{ ['fruit', 'Orange', 'apple'] | array.sort }}", "[\"apple\", \"fruit\", \"Orange\"]")]
    [InlineData("{{ [{id: 5}, {id: 1}, {id: 10}] | array.sort 'id' | array.map 'id' }}", "[1, 5, 10]")]
    [InlineData("{{ [{t: 'a'}, {x: 1}, {t: 'b'}] | array.map 't' }}", "[\"a\", \"b\"]")]
    [InlineData("{{ [' a', ' b'] | array.each @string.strip }}", "[\"a\", \"b\"]")]
    [InlineData("{{ ['', 'x', ''] | array.filter @string.empty | array.size }}", "2")]
    [InlineData("{{ ['ab', 'cd'] | array.any @string.contains 'c' }} {{ ['ab'] | array.any @string.contains 'z' }}", "true false")]
    [InlineData("{{ [1, 2, 3] | array.size }}|{{ 2..4 | array.size }}", "3|3")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void Null_lists_follow_scriban()
    {
        const string template = "{{ null | array.size }}|{{ null | array.first }}|{{ null | array.uniq }}|{{ null | array.reverse }}|"
            + "{{ null | array.add 5 }}|{{ null | array.concat null }}|{{ null | array.sort }}|{{ null | array.map 'x' }}";
        Assert.Equal("0|||[]|[5]||[]|[]", Render(template));
    }

    [Fact]
    public void Cycle_advances_per_group_and_starts_over_in_each_render()
    {
        const string template = "{{ for i in 1..4 }}{{ array.cycle ['a', 'b', 'c'] }}{{ array.cycle ['x', 'y'] 'g' }}{{ end }}";
        var options = new TemplateOptionsBuilder().Build();
        Assert.Equal("axbycxay", Render(template, options));
        Assert.Equal("axbycxay", Render(template, options));
    }

    [Fact]
    public void Any_stops_at_the_first_match()
        => Assert.Equal("true 2", Render("{{ n = 0 }}{{ func hit; n = n + 1; ret $0 > 1; end }}{{ [1, 2, 3, 4] | array.any @hit }} {{ n }}"));

    [Fact]
    public void Map_reads_dotnet_members_in_snake_case()
    {
        var output = Render(
            "{{ stories | array.map 'page_title' | array.join ',' }}",
            setup: context => context.Globals.SetValue("stories", new[] { new Story("洪水"), new Story("Roads") }));
        Assert.Equal("洪水,Roads", output);
    }

    [Fact]
    public void A_non_function_argument_is_reported()
    {
        var error = RenderError("{{ [1] | array.each 'upcase' }}");
        Assert.Contains("is not a function", error.Reason);
    }

    private sealed record Story(string PageTitle);
}
