using static Civic.Templating.Tests.Builtins.BuiltinRenderer;

namespace Civic.Templating.Tests.Builtins;

public sealed class ObjectFunctionsTests
{
    [Theory]
    [InlineData("{{ undefined_var | object.default 'Yo' }}|{{ '' | object.default 'Yo' }}|{{ empty | object.default 'Yo' }}|{{ ' ' | object.default 'Yo' }}|{{ 0 | object.default 1 }}|{{ [] | object.default 1 }}", "Yo|Yo|Yo| |0|[]")]
    [InlineData("{{ {a: 1, b: null} | object.has_key 'b' }} {{ {a: 1, b: null} | object.has_value 'b' }} {{ null | object.has_key 'a' }}", "true false false")]
    [InlineData("{{ {a: 1, b: 2} | object.keys }}|{{ {a: 1, b: 2} | object.values }}|{{ null | object.keys }}", "[\"a\", \"b\"]|[1, 2]|[]")]
    [InlineData("{{ 'obj' | object.size }}|{{ [1, 2] | object.size }}|{{ {a: 1} | object.size }}|{{ 5 | object.size }}", "3|2|1|0")]
    [InlineData("{{ true | object.typeof }} {{ 1 | object.typeof }} {{ 'x' | object.typeof }} {{ 1..2 | object.typeof }} {{ [1] | object.typeof }} {{ {} | object.typeof }}", "boolean number string iterator array object")]
    [InlineData("{{ true | object.kind }} {{ 1 | object.kind }} {{ 1.5 | object.kind }} {{ 1..2 | object.kind }} {{ [1] | object.kind }} {{ {} | object.kind }}", "bool int double range array object")]
    [InlineData("{{ 255 | object.format 'X4' }}|{{ 1523 | object.format 'N2' 'en-US' }}", "00FF|1,523.00")]
    [InlineData("{{ { foo: 'bar', baz: [1, 2.5, true, null] } | object.to_json }}", "{\"foo\":\"bar\",\"baz\":[1,2.5,true,null]}")]
    [InlineData("{{ (`{ \"foo\": [1, 2.5, \"x\"], \"big\": 12345678901 }` | object.from_json).foo }}", "[1, 2.5, \"x\"]")]
    [InlineData("{{ \"1 + 2\" | object.eval }}|{{ \"a {{ 1 + 2 }} b\" | object.eval_template }}", "3|a 3 b")]
    public void Renders_like_scriban(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void To_json_escapes_markup_and_non_ascii_so_it_is_safe_in_a_script_element()
    {
        var output = Render("{{ { title: '</script><b>洪水</b>' } | object.to_json }}");
        Assert.DoesNotContain("<", output, StringComparison.Ordinal);
        Assert.Equal("{\"title\":\"\\u003C/script\\u003E\\u003Cb\\u003E\\u6D2A\\u6C34\\u003C/b\\u003E\"}", output);
    }

    [Fact]
    public void Yaml_style_dictionaries_work_like_objects()
    {
        var rows = new List<object>
        {
            new Dictionary<object, object> { ["city"] = "武汉", ["rain"] = 12 },
            new Dictionary<object, object> { ["city"] = "长沙", ["rain"] = 3 },
        };
        var output = Render(
            "{{ rows | array.sort 'rain' | array.map 'city' | array.join ',' }}|{{ rows[0] | object.keys }}|"
            + "{{ rows[0] | object.has_key 'rain' }}|{{ rows[1] | object.to_json }}",
            setup: context => context.Globals.SetValue("rows", rows));
        Assert.Equal("长沙,武汉|[\"city\", \"rain\"]|true|{\"city\":\"\\u957F\\u6C99\",\"rain\":3}", output);
    }

    [Fact]
    public void Eval_gives_the_value_of_the_last_expression()
        => Assert.Equal("4|int", Render("{{ v = '1 + 2' | object.eval }}{{ v + 1 }}|{{ v | object.kind }}"));

    [Fact]
    public void Eval_sees_the_variables_of_the_render()
        => Assert.Equal("42", Render("{{ x = 40 }}{{ 'x + 2' | object.eval }}"));

    [Fact]
    public void Invalid_json_is_reported_at_the_call()
    {
        var error = RenderError("\n\n{{ '{oops' | object.from_json }}");
        Assert.Equal(3, error.Span.Line);
        Assert.StartsWith("Invalid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_of_broken_code_is_reported_at_the_call()
    {
        var error = RenderError("{{ '1 +' | object.eval }}");
        Assert.Equal(1, error.Span.Line);
    }
}
