using Civic.Site.Diagnostics;

namespace Civic.Site.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Sorted_array_orders_by_path_line_column_and_drops_exact_duplicates()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.EmptyFile, new SourceLocation("b.yml", 1, 1));
        bag.Report(DiagnosticCodes.YamlSyntax, new SourceLocation("a.yml", 3, 2), "x");
        bag.Report(DiagnosticCodes.YamlSyntax, new SourceLocation("a.yml", 3, 2), "x");
        bag.Report(DiagnosticCodes.YamlSyntax, new SourceLocation("a.yml", 1, 9), "y");
        var sorted = bag.ToSortedArray();
        Assert.Equal(["a.yml:1:9", "a.yml:3:2", "b.yml:1:1"], sorted.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void Counts_errors_and_warnings_separately()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.EmptyFile, SourceLocation.StartOf("a"));
        bag.Report(DiagnosticCodes.UnmentionedRecord, SourceLocation.StartOf("b"), "stations", "b");
        Assert.Equal(1, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Every_code_is_distinct_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^CIV[1-3][0-9]{3}$", c));
        Assert.All(DiagnosticCodes.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint)));
    }
}
