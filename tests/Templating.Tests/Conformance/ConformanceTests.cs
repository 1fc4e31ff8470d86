using Xunit.Abstractions;

namespace Civic.Templating.Tests.Conformance;

/// <summary>
/// One test per manifest row. A case fails when it is in the checked-in baseline (it passed before) and fails now;
/// cases not yet passing are reported by <see cref="ConformanceSummaryTests"/> instead of failing the build.
/// </summary>
public sealed class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> InScope() => Rows(static c => c.ExclusionReason is null);

    public static TheoryData<string> Excluded() => Rows(static c => c.ExclusionReason is not null);

    [Theory]
    [MemberData(nameof(InScope))]
    public void Case(string id)
    {
        if (id == "<missing>")
        {
            Assert.False(ConformanceSuite.IsCi, ConformanceSuite.MissingMessage);
            return;
        }

        var testCase = ConformanceSuite.Cases.Single(c => c.Id == id);
        var result = ConformanceSuite.Run(testCase);
        _output.WriteLine(result.Passed ? "passed" : $"not passing yet\n--- expected\n{result.Expected}\n--- actual\n{result.Actual}");
        if (ConformanceSuite.LoadBaseline().Contains(id))
        {
            Assert.True(result.Passed, $"{id} is in the baseline but fails now.\n--- expected\n{result.Expected}\n--- actual\n{result.Actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Excluded))]
    public void Excluded_case(string id)
    {
        if (id == "<missing>")
        {
            Assert.False(ConformanceSuite.IsCi, ConformanceSuite.MissingMessage);
            return;
        }

        var reason = ConformanceSuite.Cases.Single(c => c.Id == id).ExclusionReason;
        _output.WriteLine($"excluded: {reason}");
        Assert.False(string.IsNullOrEmpty(reason));
    }

    private static TheoryData<string> Rows(Func<ConformanceCase, bool> filter)
    {
        var data = new TheoryData<string>();
        if (ConformanceSuite.FolderOrNull is null)
        {
            data.Add("<missing>");
            return data;
        }

        foreach (var testCase in ConformanceSuite.Cases.Where(filter))
        {
            data.Add(testCase.Id);
        }

        return data;
    }
}
