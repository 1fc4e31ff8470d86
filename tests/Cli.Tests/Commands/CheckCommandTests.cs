namespace Civic.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Clean_site_exits_0_and_says_what_was_checked()
    {
        var (exit, output, err) = CliRunner.Run("check", "--root", CliRunner.Fixture("Sites", "minimal"));
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Equal("check: ok: 3 datasets, 3 records, 1 stories, 1 pages\n", err);
    }

    [Fact]
    public void Content_errors_exit_1_with_the_text_format_on_stderr_and_a_count()
    {
        var (exit, output, err) = CliRunner.Run("check", "--root", CliRunner.Fixture("SitesInvalid", "civ3001-unknown-reference-data"));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith(
            "data/communities/dililiang.yml:3:11: error CIV3001: 'district' refers to 'jiangxai', which is not a record of 'districts'\n" +
            "   3 | district: jiangxai\n" +
            "     |           ^\n" +
            "hint: did you mean 'jiangxia'?\n", err);
        Assert.EndsWith("check: 2 errors, 0 warnings\n", err);
    }

    [Fact]
    public void Github_format_prints_annotations_on_stdout()
    {
        var (exit, output, _) = CliRunner.Run("check", "--format", "github", "--root", CliRunner.Fixture("SitesInvalid", "civ2109-id-mismatch"));
        Assert.Equal(1, exit);
        Assert.Equal(
            "::error file=data/communities/dililiang.yml,line=1,col=5,title=CIV2109::CIV2109: id 'dilliang' does not match the file name 'dililiang'%0A" +
            "hint: the id and the file name must be equal: change the id to 'dililiang' or rename the file to 'dilliang.yml'\n", output);
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        var root = CliRunner.Fixture("SitesInvalid", "civ3003-unmentioned-record");
        var (exit, _, err) = CliRunner.Run("check", "--root", root);
        Assert.Equal(0, exit);
        Assert.Contains("warning CIV3003", err);
        Assert.EndsWith("check: 0 errors, 1 warning\n", err);
        Assert.Equal(1, CliRunner.Run("check", "--strict", "--root", root).Exit);
    }
}
