using Civic.TestKit;

namespace Civic.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Clean_site_exits_0_and_says_what_was_checked()
    {
        using var site = TempSite.CopyOf(CliRunner.Fixture("Sites", "minimal")).WithRepositoryThemes();
        var (exit, output, err) = CliRunner.Run("check", "--root", site.Root);
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
    public void Html_in_a_story_is_reported_in_the_same_run_as_a_content_error()
    {
        using var site = TempSite.CopyOf(CliRunner.Fixture("Sites", "minimal"));
        var story = Path.Combine(site.Root, "content", "stories", "first.md");
        File.AppendAllText(story, "\n骑手说：<div>歇脚</div>\n");
        var line = File.ReadAllLines(story).Length;
        var record = Path.Combine(site.Root, "data", "communities", "zhizhong.yml");
        File.WriteAllText(record, File.ReadAllText(record).Replace("residents: 15546", "residents: 1.2万", StringComparison.Ordinal));

        var (exit, _, err) = CliRunner.Run("check", "--root", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains(
            $"content/stories/first.md:{line}:5: warning CIV4011: HTML '<div>' is shown as text, not used as HTML\n" +
            $"{line,4} | 骑手说：<div>歇脚</div>\n", err);
        Assert.Contains("error CIV2102: 'residents' must be an integer, found the text '1.2万'", err);
        Assert.EndsWith("check: 1 error, 1 warning\n", err);
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var site = TempSite.CopyOf(CliRunner.Fixture("SitesInvalid", "civ3003-unmentioned-record")).WithRepositoryThemes();
        var root = site.Root;
        var (exit, _, err) = CliRunner.Run("check", "--root", root);
        Assert.Equal(0, exit);
        Assert.Contains("warning CIV3003", err);
        Assert.EndsWith("check: 0 errors, 1 warning\n", err);
        Assert.Equal(1, CliRunner.Run("check", "--strict", "--root", root).Exit);
    }

    [Fact]
    public void A_broken_link_in_a_story_fails_check_at_its_line_and_check_writes_nothing()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var story = Path.Combine(site.Root, "content", "stories", "hanyang-dililiang.md");
        var lines = File.ReadAllText(story).Split('\n').Length;
        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root).Exit);
        var built = Path.Combine(site.Root, "_site", "index.html");
        var builtAt = File.GetLastWriteTimeUtc(built);
        File.AppendAllText(story, "\n见[站点](/stations/no-such-station/)。\n");
        var before = Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToList();

        var (exit, _, err) = CliRunner.Run("check", "--root", site.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith(
            $"content/stories/hanyang-dililiang.md:{lines + 1}:2: error CIV4001: broken link '/stations/no-such-station/' on page /stories/hanyang-dililiang/\n",
            err);
        Assert.EndsWith("check: 1 error, 0 warnings\n", err);
        // Nothing was written: the built site is untouched and no folder was added beside it.
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal));
        Assert.Equal(builtAt, File.GetLastWriteTimeUtc(built));
    }
}
