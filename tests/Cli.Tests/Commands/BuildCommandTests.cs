using Civic.TestKit;

namespace Civic.Cli.Tests.Commands;

public sealed class BuildCommandTests
{
    [Fact]
    public void A_base_url_without_a_scheme_is_the_same_error_for_build_as_for_check()
    {
        using var site = TempSite.CopyOfRepositorySite();
        site.Write("site.yml", site.Read("site.yml").Replace("base_url: \"https://civic.example/\"", "base_url: civic.example"));
        var output = Path.Combine(site.Root, "_site");
        const string Error = "site.yml:3:11: error CIV2102: 'base_url' must be an absolute http(s) URL, found the text 'civic.example'\n";

        var check = CliRunner.Run("check", "--root", site.Root);
        Assert.Equal(1, check.Exit);
        Assert.StartsWith(Error, check.Err);

        var build = CliRunner.Run("build", "--root", site.Root, "--out", output);
        Assert.Equal(1, build.Exit);
        Assert.StartsWith(Error, build.Err);
        Assert.Contains("hint: write an absolute http(s) URL, for example https://civic.example/\n", build.Err);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_site_without_a_theme_is_one_error_at_site_yml_for_build_and_check_and_the_last_output_stays()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var output = Path.Combine(site.Root, "_site");
        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root, "--out", output).Exit);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        site.Write("site.yml", site.Read("site.yml").Replace("theme: default\n", ""));
        Directory.Delete(Path.Combine(site.Root, "themes"), recursive: true);
        const string Error = "site.yml:1:1: error CIV4010: site.yml names no theme, and the default theme 'default' is not there: there is no folder themes/default/\n";

        foreach (var args in new[] { new[] { "check", "--root", site.Root }, ["build", "--root", site.Root, "--out", output] })
        {
            var run = CliRunner.Run(args);
            Assert.Equal(1, run.Exit);
            Assert.StartsWith(Error, run.Err);
            Assert.Contains("hint: add 'theme: <name>' to site.yml for a theme under themes/, or copy the default theme to themes/default/; themes: none\n", run.Err);
            // One error, not one per layout the pages would need.
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Err, " error CIV"));
        }

        Assert.Equal(home, File.ReadAllText(Path.Combine(output, "index.html")));
    }
}
