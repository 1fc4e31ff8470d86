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
}
