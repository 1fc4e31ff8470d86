using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Tests.Load;

public sealed class RecordValueReaderTests
{
    private static readonly LocalizedText T = new("t", "t");

    private static (object? Value, List<Diagnostic> Diags) Read(FieldType type, string yaml, string? format = null)
    {
        var bag = new DiagnosticBag();
        var map = (YMapping)YamlReader.Read(new SourceText("r.yml", "v: " + yaml + "\n"), LoadOptions.Default, bag)!;
        var field = new FieldSchema("v", type, T, null, null, format, null, FieldConstraints.None);
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

    [Fact]
    public void An_empty_value_is_no_value_and_no_error()
    {
        var (value, diags) = Read(FieldType.Integer, "");
        Assert.Null(value);
        Assert.Empty(diags);
    }
}
