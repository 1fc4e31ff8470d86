using System.Text;
using Xunit.Abstractions;

namespace Civic.Templating.Tests.Conformance;

/// <summary>
/// Passed / in scope by category, written to the test output and to conformance-summary.txt in the test output
/// folder. Fails if a baseline case regressed. Set CIVIC_UPDATE_BASELINE=1 to rewrite the baseline with every
/// case passing now.
/// </summary>
public sealed class ConformanceSummaryTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceSummaryTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Summary_by_category_and_baseline_ratchet()
    {
        if (ConformanceSuite.FolderOrNull is null)
        {
            Assert.False(ConformanceSuite.IsCi, ConformanceSuite.MissingMessage);
            _output.WriteLine(ConformanceSuite.MissingMessage);
            return;
        }

        var baseline = ConformanceSuite.LoadBaseline();
        var passing = new List<string>();
        var report = new StringBuilder();
        var failures = new StringBuilder();
        int totalPassed = 0, totalInScope = 0;
        foreach (var category in ConformanceSuite.Cases.GroupBy(static c => c.Category))
        {
            var inScope = category.Where(static c => c.ExclusionReason is null).ToList();
            var passed = new List<string>();
            foreach (var testCase in inScope)
            {
                var result = ConformanceSuite.Run(testCase);
                if (result.Passed)
                {
                    passed.Add(testCase.Id);
                }
                else
                {
                    failures.AppendLine($"=== {testCase.Id}\n--- expected\n{result.Expected}\n--- actual\n{result.Actual}");
                }
            }

            passing.AddRange(passed);
            totalPassed += passed.Count;
            totalInScope += inScope.Count;
            report.AppendLine($"{category.Key}: {passed.Count}/{inScope.Count} (excluded {category.Count() - inScope.Count})");
        }

        var renderCases = ConformanceSuite.Cases.Where(static c => c.ExclusionReason is null && c.Kind == "render").ToList();
        var errorCases = ConformanceSuite.Cases.Where(static c => c.ExclusionReason is null && c.Kind == "error").ToList();
        report.AppendLine($"total: {totalPassed}/{totalInScope}; render {renderCases.Count(c => passing.Contains(c.Id))}/{renderCases.Count}; "
            + $"error positions {errorCases.Count(c => passing.Contains(c.Id))}/{errorCases.Count}");
        var regressions = baseline.Except(passing).Order(StringComparer.Ordinal).ToList();
        var newlyPassing = passing.Except(baseline).Order(StringComparer.Ordinal).ToList();
        if (newlyPassing.Count > 0)
        {
            report.AppendLine("newly passing (add to baseline.txt, or run with CIVIC_UPDATE_BASELINE=1):");
            newlyPassing.ForEach(id => report.AppendLine("  " + id));
        }

        _output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "conformance-summary.txt"), report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "conformance-failures.txt"), failures.ToString());
        if (Environment.GetEnvironmentVariable("CIVIC_UPDATE_BASELINE") == "1")
        {
            File.WriteAllLines(ConformanceSuite.BaselinePath, passing.Order(StringComparer.Ordinal));
        }

        Assert.True(regressions.Count == 0, "Cases in the baseline that fail now:\n" + string.Join("\n", regressions));
    }
}
