using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Model;
using Civic.TestKit;

namespace Civic.Site.Tests;

/// <summary>
/// Every folder under SitesInvalid/ is a broken mini site named after the code it shows
/// (<c>civ2103-unknown-key</c>); <c>expected.diagnostics.txt</c> holds the exact output of <c>civic check</c>.
/// Regenerate with CIVIC_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class InvalidSiteTests
{
    private static string CasesRoot => RepoPaths.Combine("tests", "Site.Tests", "SitesInvalid");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_site_reports_exactly_the_expected_diagnostics(string name)
    {
        var dir = Path.Combine(CasesRoot, name);
        var result = SiteModelBuilder.Load(dir, ReadOptions(dir));
        var actual = DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Text, result.Sources);

        Assert.Equal(Golden.Expected(Path.Combine(dir, "expected.diagnostics.txt"), actual), actual);
        var code = name[..7].ToUpperInvariant();
        Assert.Contains(result.Diagnostics, d => d.Code == code);
        if (result.Diagnostics.Any(d => d.IsError)) Assert.Null(result.Model);
    }

    [Fact]
    public void Every_diagnostic_code_has_an_invalid_site()
    {
        var covered = Directory.GetDirectories(CasesRoot).Select(d => Path.GetFileName(d)[..7].ToUpperInvariant()).ToHashSet();
        var missing = DiagnosticCodes.All.Select(d => d.Code).Where(c => !covered.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "no invalid site for " + string.Join(", ", missing));
    }

    private static LoadOptions ReadOptions(string dir)
    {
        var options = LoadOptions.Default;
        var file = Path.Combine(dir, "case.options");
        if (!File.Exists(file)) return options;
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split('=', 2);
            if (parts is ["max-file-bytes", var v]) options = options with { MaxFileBytes = long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) };
        }
        return options;
    }
}
