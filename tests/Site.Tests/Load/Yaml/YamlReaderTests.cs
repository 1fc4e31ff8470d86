using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Tests.Load.Yaml;

public sealed class YamlReaderTests
{
    private static (YNode? Node, List<Diagnostic> Diagnostics) Read(string yaml, LoadOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var node = YamlReader.Read(new SourceText("a.yml", yaml), options ?? LoadOptions.Default, bag);
        return (node, bag.ToSortedArray().ToList());
    }

    [Fact]
    public void Keeps_one_based_positions_of_keys_and_values_counting_chinese_as_one_column()
    {
        var (node, diags) = Read("id: a\nname: 职中社区\nlist: [x, 武汉, y]\n");
        Assert.Empty(diags);
        var map = Assert.IsType<YMapping>(node);
        Assert.Equal(new SourceLocation("a.yml", 2, 1), map.Entry("name")!.Key.Start);
        Assert.Equal(new SourceLocation("a.yml", 2, 7), map.Get("name")!.Start);
        var list = Assert.IsType<YSequence>(map.Get("list"));
        Assert.Equal(new SourceLocation("a.yml", 3, 15), list.Items[2].Start);
    }

    [Fact]
    public void A_list_item_indented_further_than_the_one_above_is_reported_at_its_dash_and_kept_as_its_own_item()
    {
        var (node, diags) = Read("services:\n  - 休息\n     - 饮水\n  - 充电\n");
        var d = Assert.Single(diags);
        Assert.True(d.IsError);
        Assert.Equal("CIV1012", d.Code);
        Assert.Equal(new SourceLocation("a.yml", 3, 6), d.Location);
        Assert.Equal("this '- ' is indented further than the item above, so it is read as part of that item: '休息 - 饮水'", d.Message);
        Assert.Equal("line up this '-' with the '-' on line 2: items indented differently are read as one", d.Hint);
        var list = Assert.IsType<YSequence>(((YMapping)node!).Get("services"));
        Assert.Equal(["休息", "饮水", "充电"], list.Items.Select(i => ((YScalar)i).Value));
        Assert.Equal(new SourceLocation("a.yml", 3, 8), list.Items[1].Start);
    }

    [Fact]
    public void A_list_item_going_on_over_lines_without_a_dash_is_one_item_and_no_error()
    {
        var (node, diags) = Read("services:\n  - 休息\n    饮水 - 充电\n");
        Assert.Empty(diags);
        var list = Assert.IsType<YSequence>(((YMapping)node!).Get("services"));
        Assert.Equal("休息 饮水 - 充电", ((YScalar)Assert.Single(list.Items)).Value);
    }

    [Fact]
    public void A_misaligned_item_in_front_matter_is_placed_on_its_own_line_of_the_file()
    {
        var bag = new DiagnosticBag();
        var text = "---\ntitle: 驿站\ntopics:\n  - 休息\n    - 饮水\n---\n";
        YamlReader.Read(new SourceText("s.md", text), text[4..text.LastIndexOf("---", StringComparison.Ordinal)], 1, LoadOptions.Default, bag);
        Assert.Equal(new SourceLocation("s.md", 5, 5), Assert.Single(bag.ToSortedArray()).Location);
    }

    [Fact]
    public void Columns_after_an_astral_character_count_it_once()
    {
        var (node, _) = Read("a: 𠀋 \nb: [𠀋, x]\n");
        var list = Assert.IsType<YSequence>(((YMapping)node!).Get("b"));
        Assert.Equal(new SourceLocation("a.yml", 2, 8), list.Items[1].Start);
    }

    [Fact]
    public void Reports_a_duplicate_key_at_the_second_occurrence_and_keeps_the_first_value()
    {
        var (node, diags) = Read("name: a\nother: b\nname: c\n");
        var d = Assert.Single(diags);
        Assert.Equal("CIV1005", d.Code);
        Assert.Equal(new SourceLocation("a.yml", 3, 1), d.Location);
        Assert.Contains("line 1", d.Hint);
        Assert.Equal("a", ((YScalar)((YMapping)node!).Get("name")!).Value);
    }

    [Fact]
    public void Reports_syntax_errors_with_the_parser_position_and_no_positions_in_the_message()
    {
        var (node, diags) = Read("a: b\nc: [1, 2\nd: e\n");
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal("CIV1004", d.Code);
        Assert.DoesNotContain("Line:", d.Message);
        Assert.True(d.Location.Line >= 2);
    }

    [Theory]
    [InlineData("title: 驿站\nsummary：一个测试。\nsources: [a]\n", 2, 8, "summary")]
    [InlineData("summary：一个测试。\ntitle: 驿站\n", 1, 8, "summary")]
    [InlineData("title：驿站\n", 1, 6, "title")]
    [InlineData("title: 驿站\nlist:\n  - id: a\n    name ：社区\n", 4, 10, "name")]
    public void A_key_followed_by_a_full_width_colon_is_reported_at_the_colon(string yaml, int line, int column, string key)
    {
        var (node, diags) = Read(yaml);
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1011", new SourceLocation("a.yml", line, column)), (d.Code, d.Location));
        Assert.Equal($"key '{key}' is followed by a full-width colon '：'", d.Message);
        Assert.Equal($"use an ASCII colon ':' followed by a space: '{key}: …'", d.Hint);
    }

    [Fact]
    public void A_full_width_colon_inside_a_value_is_text()
    {
        var (node, diags) = Read("title: 说明：一个测试\n");
        Assert.Empty(diags);
        Assert.Equal("说明：一个测试", Assert.IsType<YScalar>(Assert.IsType<YMapping>(node).Get("title")).Value);
    }

    [Fact]
    public void Stops_a_billion_laughs_document_at_the_value_limit()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
                   string.Join("", Enumerable.Range(0, 20).Select(i =>
                       $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 0 ? "*a" : $"*l{i - 1}", 10))}]\n"));
        var (node, diags) = Read(yaml);
        Assert.Null(node);
        var d = Assert.Single(diags);
        Assert.Equal("CIV1006", d.Code);
        Assert.True(d.Location.Line <= 5, $"stopped late, at line {d.Location.Line}");
    }

    [Fact]
    public void Allows_a_few_aliases_within_the_limit_and_shares_the_node()
    {
        var (node, diags) = Read("base: &b [x, y]\ncopy: *b\n");
        Assert.Empty(diags);
        var map = (YMapping)node!;
        Assert.Same(map.Get("base"), map.Get("copy"));
    }

    [Fact]
    public void Rejects_nesting_deeper_than_the_limit()
    {
        var (node, diags) = Read(new string('[', 100) + new string(']', 100), new LoadOptions(MaxYamlDepth: 10));
        Assert.Null(node);
        Assert.Equal("CIV1004", Assert.Single(diags).Code);
    }

    [Fact]
    public void Rejects_a_second_document()
    {
        var (_, diags) = Read("a: 1\n---\nb: 2\n");
        var d = Assert.Single(diags);
        Assert.Equal(("CIV1004", 2), (d.Code, d.Location.Line));
    }

    [Fact]
    public void Plain_scalars_are_typed_and_quoted_ones_are_text()
    {
        var map = (YMapping)Read("a: 12\nb: '12'\nc: true\nd: 1.50\ne:\nf: -3\n").Node!;
        Assert.True(((YScalar)map.Get("a")!).TryInteger(out var a) && a == 12);
        Assert.False(((YScalar)map.Get("b")!).TryInteger(out _));
        Assert.True(((YScalar)map.Get("c")!).TryBoolean(out var c) && c);
        Assert.True(((YScalar)map.Get("d")!).TryNumber(out var d) && d == 1.50m);
        Assert.True(((YScalar)map.Get("e")!).IsNull);
        Assert.False(map.HasValue("e"));
        Assert.True(((YScalar)map.Get("f")!).TryInteger(out var f) && f == -3);
    }

    [Fact]
    public void Line_offset_places_front_matter_positions_in_the_whole_file()
    {
        var text = new SourceText("s.md", "---\ntitle: 标题\n---\nbody\n");
        var bag = new DiagnosticBag();
        var node = (YMapping)YamlReader.Read(text, "title: 标题\n", 1, LoadOptions.Default, bag)!;
        Assert.Equal(new SourceLocation("s.md", 2, 8), node.Get("title")!.Start);
    }

    [Fact]
    public void A_long_list_without_aliases_is_not_limited_by_the_alias_limit()
    {
        var yaml = "items: [" + string.Join(", ", Enumerable.Range(0, 20_000)) + "]\n";
        var (node, diags) = Read(yaml);
        Assert.Empty(diags);
        Assert.Equal(20_000, ((YSequence)((YMapping)node!).Get("items")!).Items.Length);
    }

    [Fact]
    public void Mangled_yaml_always_gives_a_document_or_an_error_and_never_an_exception()
    {
        const string seed = "id: a\nname: \"职中\" # c\nlist: [x, {k: v}, 'q']\nblock: |\n  text\n& * ! % @ ` ? - : , [ ] { } > |\n";
        var random = new Random(20241122);
        for (var n = 0; n < 3000; n++)
        {
            var chars = seed.ToCharArray().ToList();
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, seed[random.Next(seed.Length)]); break;
                    default: (chars[at], chars[^1]) = (chars[^1], chars[at]); break;
                }
            }
            var text = new string([.. chars]);
            var bag = new DiagnosticBag();
            var node = YamlReader.Read(new SourceText("f.yml", text), LoadOptions.Default, bag);
            Assert.True(node is not null || bag.HasErrors, text);
            Assert.All(bag.ToSortedArray(), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, text));
        }
    }
}
