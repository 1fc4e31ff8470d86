using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class StringFunctionsTests
{
    [Theory]
    [InlineData("{{ 'Hello' | string.append ' World' }}", "Hello World")]
    [InlineData("{{ 'World' | string.prepend 'Hello ' }}", "Hello World")]
    [InlineData("{{ 'test' | string.capitalize }}", "Test")]
    [InlineData("{{ 'this is  easy' | string.capitalizewords }}", "This Is  Easy")]
    [InlineData("{{ 'TeSt' | string.downcase }}|{{ 'teSt' | string.upcase }}", "test|TEST")]
    [InlineData("{{ '100% M & Ms!!!' | string.handleize }}", "100-m-ms")]
    [InlineData("{{ '新闻 2024 报道' | string.handleize }}", "新闻-2024-报道")]
    [InlineData("{{ 'Hello, world. Goodbye, world.' | string.remove 'world' }}", "Hello, . Goodbye, .")]
    [InlineData("{{ 'Hello, world. Goodbye, World.' | string.remove_last 'world' }}", "Hello, world. Goodbye, .")]
    [InlineData("{{ 'a-b-a' | string.replace 'a' 'x' }}", "x-b-x")]
    [InlineData("{{ 'A-b-a' | string.replace_first 'a' 'x' }}", "x-b-a")]
    [InlineData("[{{ '  x  ' | string.strip }}][{{ '  x  ' | string.lstrip }}][{{ '  x  ' | string.rstrip }}]", "[x][x  ][  x]")]
    [InlineData("{{ 'a\\r\\nb\\nc\\rd' | string.strip_newlines }}", "abcd")]
    [InlineData("[{{ 'ab' | string.pad_left 4 }}][{{ 'ab' | string.pad_right 4 '*' }}]", "[  ab][ab**]")]
    [InlineData("{{ 1 | string.pluralize 'item' 'items' }} {{ 2 | string.pluralize 'item' 'items' }}", "item items")]
    [InlineData("{{ 'The cat came back' | string.truncate 10 }}", "The cat...")]
    [InlineData("{{ 'short' | string.truncate 10 }}", "short")]
    [InlineData("{{ 'The cat came back the very next day' | string.truncatewords 4 }}", "The cat came back...")]
    [InlineData("{{ 'a/b//c' | string.split '/' }}", "[\"a\", \"b\", \"c\"]")]
    [InlineData("{{ 'hello' | string.slice 1 3 }}|{{ 'hello' | string.slice (-3) }}|{{ 'hello' | string.slice 9 }}", "ell|llo|")]
    [InlineData("{{ 'hello' | string.slice1 1 }}|{{ 'hello' | string.slice1 1 length: 3 }}", "e|ell")]
    [InlineData("{{ 'This is easy' | string.contains 'easy' }} {{ 'This' | string.starts_with 'Th' }} {{ 'This' | string.ends_with 'is' }}", "true true true")]
    [InlineData("{{ '' | string.empty }} {{ ' ' | string.empty }} {{ ' ' | string.whitespace }}", "true false true")]
    [InlineData("{{ '中文标题' | string.size }}", "4")]
    [InlineData("{{ 'hello' | string.index_of 'l' }}", "2")]
    [InlineData("{{ 'Scriban' | string.equals_ignore_case 'SCRIBAN' }}", "true")]
    [InlineData("{{ 'Hel\\tlo\\n\"W\\\\orld' | string.escape }}", "Hel\\tlo\\n\\\"W\\\\orld")]
    [InlineData("{{ 'say \"hi\"' | string.literal }}", "\"say \\\"hi\\\"\"")]
    [InlineData("{{ '12' | string.to_int }}|{{ 'x' | string.to_int }}|{{ '2.5' | string.to_double }}|{{ '2.5' | string.to_float }}", "12||2.5|2.5")]
    [InlineData("{{ 'hello' | string.base64_encode }}|{{ 'aGVsbG8=' | string.base64_decode }}", "aGVsbG8=|hello")]
    [InlineData("{{ 'test' | string.md5 }}", "098f6bcd4621d373cade4e832627b4f6")]
    [InlineData("{{ 'test' | string.hmac_sha256 'secret' }}", "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("{{ null | string.upcase }}")]
    [InlineData("{{ null | string.strip }}")]
    [InlineData("{{ null | string.replace 'a' 'b' }}")]
    [InlineData("{{ null | string.truncate 3 }}")]
    [InlineData("{{ null | string.escape }}")]
    public void Null_text_renders_nothing(string template) => Assert.Equal(string.Empty, Render(template));

    [Fact]
    public void Null_text_has_size_zero_and_contains_nothing()
        => Assert.Equal("0 false []", Render("{{ null | string.size }} {{ null | string.contains 'a' }} {{ null | string.split ',' }}"));

    [Theory]
    [InlineData("{{ 'ab𠀋cdef' | string.truncate 6 }}", "ab...")]
    [InlineData("{{ 'ab𠀋cdef' | string.truncate 7 }}", "ab𠀋...")]
    [InlineData("{{ 'a😀' | string.slice 0 2 }}|{{ 'a😀b' | string.slice 2 }}", "a|b")]
    public void Cuts_never_split_a_surrogate_pair(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void Invalid_base64_is_reported_at_the_call()
    {
        var error = RenderError("line one\n{{ 'not base64!' | string.base64_decode }}");
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("Base-64", error.Reason);
    }

    [Fact]
    public void Non_number_width_is_reported_with_the_parameter_name()
    {
        var error = RenderError("{{ 'ab' | string.pad_left 'wide' }}");
        Assert.Contains("width", error.Reason);
    }
}
