using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Tests.Load;

public sealed class RecordValueReaderTests
{
    private static readonly LocalizedText T = new("t", "t");

    private static (object? Value, List<Diagnostic> Diags) Read(FieldType type, string yaml, string? format = null, string? unit = null)
    {
        var bag = new DiagnosticBag();
        var map = (YMapping)YamlReader.Read(new SourceText("r.yml", "v: " + yaml + "\n"), LoadOptions.Default, bag)!;
        var field = new FieldSchema("v", type, T, null, unit is null ? null : new LocalizedText(unit, null), format, null, FieldConstraints.None);
        var value = RecordValueReader.Read(field, map.Get("v")!, bag);
        return (value, [.. bag.ToSortedArray()]);
    }

    [Theory]
    [InlineData(FieldType.String, "职中社区", "职中社区")]
    [InlineData(FieldType.String, "2024", "2024")]
    [InlineData(FieldType.Integer, "15546", 15546L)]
    [InlineData(FieldType.Boolean, "false", false)]
    public void Reads_scalars_as_their_clr_type(FieldType type, string yaml, object expected)
    {
        var (value, diags) = Read(type, yaml);
        Assert.Empty(diags);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Numbers_are_decimals_keeping_the_written_digits()
    {
        Assert.Equal(3.10m, Read(FieldType.Number, "3.10").Value);
        Assert.Equal("3.10", ((decimal)Read(FieldType.Number, "3.10").Value!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(FieldType.Date, null, "2024-07-15", true)]
    [InlineData(FieldType.Date, null, "2024-07", false)]
    [InlineData(FieldType.Date, "partial", "2024-07", true)]
    [InlineData(FieldType.Date, "partial", "2024", true)]
    [InlineData(FieldType.Year, null, "2024", true)]
    [InlineData(FieldType.Year, null, "2024-01", false)]
    [InlineData(FieldType.YearMonth, null, "2024-01", true)]
    public void Dates_accept_only_their_precision(FieldType type, string? format, string yaml, bool ok)
    {
        var (value, diags) = Read(type, yaml, format);
        Assert.Equal(ok, value is PartialDate);
        Assert.Equal(ok ? "" : "CIV2110@r.yml:1:4", SiteFixture.Codes(diags));
    }

    [Fact]
    public void Arrays_are_lists_of_strings()
    {
        var (value, _) = Read(FieldType.Array, "[a, 武汉]");
        Assert.Equal(new[] { "a", "武汉" }, ((ImmutableArray<string>)value!).ToArray());
    }

    [Theory]
    [InlineData(FieldType.Integer, "'12'")]
    [InlineData(FieldType.Integer, "1.5")]
    [InlineData(FieldType.Boolean, "yes")]
    [InlineData(FieldType.Number, ".inf")]
    [InlineData(FieldType.String, "[a]")]
    [InlineData(FieldType.Array, "[[a]]")]
    public void Wrong_types_are_reported_at_the_value(FieldType type, string yaml)
    {
        var (value, diags) = Read(type, yaml);
        Assert.Null(value);
        Assert.Equal("CIV2102", Assert.Single(diags).Code);
    }

    [Theory]
    [InlineData("\"81\"", null, "remove the quotes, which make it a text: v: 81")]
    [InlineData("'3.10'", null, "remove the quotes, which make it a text: v: 3.10")]
    [InlineData("1.2万", null, "write the plain number (1.2万 is 12000): v: 12000")]
    [InlineData("3亿", null, "write the plain number (3亿 is 300000000): v: 300000000")]
    [InlineData("12,000", null, "write the number without thousands separators: v: 12000")]
    [InlineData("1,234,567.5", null, "write the number without thousands separators: v: 1234567.5")]
    [InlineData("１２，０００", null, "write the number without thousands separators: v: 12000")]
    [InlineData("８１", null, "write the number in ASCII digits: v: 81")]
    [InlineData("300元", null, "write the number alone: v: 300; the unit '元' belongs to the field, not to its value")]
    [InlineData("45 人", "人", "write the number alone: v: 45; the unit '人' belongs to the field, whose unit is 人 (declared in _dataset.yml)")]
    [InlineData("300元", "元/月", "write the number alone: v: 300; the unit '元' belongs to the field, whose unit is 元/月 (declared in _dataset.yml)")]
    [InlineData("1.5万元", "元", "write the plain number (1.5万 is 15000): v: 15000; the unit '元' belongs to the field, whose unit is 元 (declared in _dataset.yml)")]
    [InlineData("1.2万", "万人", "write the number alone: v: 1.2; the unit '万' belongs to the field, whose unit is 万人 (declared in _dataset.yml)")]
    [InlineData("200户", "人", "write the number alone: v: 200; the field's unit is 人, not '户': check the figure against its source")]
    public void A_number_written_as_a_text_gets_a_hint_showing_the_number_it_says(string yaml, string? unit, string hint)
    {
        var (value, diags) = Read(FieldType.Number, yaml, unit: unit);
        Assert.Null(value);
        var d = Assert.Single(diags);
        Assert.Equal("CIV2102@r.yml:1:4", SiteFixture.Codes([d]));
        Assert.StartsWith("'v' must be a number, found the text '", d.Message);
        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void An_integer_field_gets_the_same_hints_unless_the_number_is_not_whole()
    {
        Assert.Equal("write the plain number (1.25万 is 12500): v: 12500", Assert.Single(Read(FieldType.Integer, "1.25万").Diags).Hint);
        Assert.Equal("remove the quotes, which make it a text: v: 15546", Assert.Single(Read(FieldType.Integer, "'15546'").Diags).Hint);
        Assert.Equal("write an integer, for example 15546", Assert.Single(Read(FieldType.Integer, "1.5").Diags).Hint);
        Assert.Equal("write an integer, for example 15546", Assert.Single(Read(FieldType.Integer, "1.23456万").Diags).Hint);
    }

    [Theory]
    [InlineData("约一万")]
    [InlineData("300-400")]
    [InlineData("2024年7月")]
    [InlineData("abc")]
    [InlineData("'一百'")]
    public void Texts_that_do_not_say_one_number_keep_the_general_hint(string yaml)
    {
        Assert.Equal("write a number, for example 3.5", Assert.Single(Read(FieldType.Number, yaml).Diags).Hint);
    }

    [Fact]
    public void A_mapping_inside_a_list_is_reported_as_that_item_not_as_the_list()
    {
        var d = Assert.Single(Read(FieldType.Array, "[休息, {充电: 免费}]").Diags);
        Assert.Equal("CIV2102@r.yml:1:9", SiteFixture.Codes([d]));
        Assert.Equal("item 2 of 'v' must be a text, found a mapping", d.Message);
        Assert.Equal("each item of 'v' is one text, and ': ' makes a mapping: write it in quotes, \"充电: 免费\", "
            + "without the colon, 充电免费, or as two items, 充电 and 免费", d.Hint);
    }

    [Fact]
    public void A_block_list_item_with_a_colon_is_reported_at_that_item()
    {
        var d = Assert.Single(Read(FieldType.Array, "\n  - 休息\n  - 饮水\n  - 充电: 免费").Diags);
        Assert.Equal("CIV2102@r.yml:4:5", SiteFixture.Codes([d]));
        Assert.Equal("item 3 of 'v' must be a text, found a mapping", d.Message);
        Assert.Contains("\"充电: 免费\"", d.Hint);
    }

    [Fact]
    public void A_list_inside_a_list_is_reported_as_that_item()
    {
        var d = Assert.Single(Read(FieldType.Array, "[a, [b, c]]").Diags);
        Assert.Equal("CIV2102@r.yml:1:8", SiteFixture.Codes([d]));
        Assert.Equal("item 2 of 'v' must be a text, found a list", d.Message);
        Assert.Equal("write the items of 'v' in one list, [a, b], not a list inside the list", d.Hint);
    }

    [Fact]
    public void An_empty_value_is_no_value_and_no_error()
    {
        var (value, diags) = Read(FieldType.Integer, "");
        Assert.Null(value);
        Assert.Empty(diags);
    }
}
