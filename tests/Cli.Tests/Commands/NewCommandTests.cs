using Civic.TestKit;

namespace Civic.Cli.Tests.Commands;

public sealed class NewCommandTests
{
    private static TempSite Minimal() => TempSite.CopyOf(CliRunner.Fixture("Sites", "minimal")).WithRepositoryThemes();

    [Fact]
    public void New_story_fails_check_until_filled_in_and_passes_after()
    {
        using var site = Minimal();
        var (exit, output, _) = CliRunner.Run("new", "story", "rest-stop", "--root", site.Root);
        Assert.Equal(0, exit);
        Assert.StartsWith("created content/stories/rest-stop.md\n", output);

        var empty = CliRunner.Run("check", "--root", site.Root);
        Assert.Equal(1, empty.Exit);
        Assert.Contains("content/stories/rest-stop.md:2:1: error CIV2120: required key 'title' is empty\n", empty.Err);
        Assert.Contains("hint: fill it in: write a text after 'title:'\n", empty.Err);
        Assert.DoesNotContain("missing required key", empty.Err);
        Assert.Contains("error CIV3002: story has no sources", empty.Err);

        var text = site.Read("content/stories/rest-stop.md")
            .Replace("title:\n", "title: 驿站\n")
            .Replace("summary:\n", "summary: 导语。\n")
            .Replace("district:\n", "district: jiangxia\n")
            .Replace("communities: []", "communities: [zhizhong]")
            .Replace("sources: []", "sources: [src-a]");
        site.Write("content/stories/rest-stop.md", text);
        var filled = CliRunner.Run("check", "--root", site.Root);
        Assert.True(filled.Exit == 0, filled.Err);
    }

    [Fact]
    public void New_record_is_written_from_the_schema_and_passes_check_once_filled_in()
    {
        using var site = Minimal();
        Assert.Equal(0, CliRunner.Run("new", "communities", "dililiang", "--root", site.Root).Exit);
        var text = site.Read("data/communities/dililiang.yml");
        Assert.Contains("\nid: dililiang ", text);
        Assert.Contains("# required · a list of sources ids · 来源 / Sources", text);
        Assert.Contains("# an integer · at least 0 · 常住人口 / Resident population (人)", text);

        Assert.Equal(1, CliRunner.Run("check", "--root", site.Root).Exit);
        site.Write("data/communities/dililiang.yml", text
            .Replace("\nname: ", "\nname: 地利廊社区")
            .Replace("sources: []", "sources: [src-a]"));
        var (exit, _, err) = CliRunner.Run("check", "--root", site.Root);
        Assert.True(exit == 0, err);
        Assert.Contains("warning CIV3003: no story mentions communities 'dililiang'", err);
    }

    [Fact]
    public void Unknown_dataset_and_bad_id_are_usage_errors()
    {
        using var site = Minimal();
        var (exit, _, err) = CliRunner.Run("new", "comunities", "x", "--root", site.Root);
        Assert.Equal(2, exit);
        Assert.StartsWith("civic new: no dataset 'comunities'; did you mean 'communities'?", err);

        Assert.StartsWith("civic new: 'Bad_Id' is not a valid id", CliRunner.Run("new", "story", "Bad_Id", "--root", site.Root).Err);
    }

    [Theory]
    [InlineData("story", "first", "content/stories/first.md")]
    [InlineData("communities", "zhizhong", "data/communities/zhizhong.yml")]
    public void An_existing_file_is_a_short_error_with_exit_1_and_is_left_alone(string kind, string id, string path)
    {
        using var site = Minimal();
        var before = site.Read(path);
        var (exit, output, err) = CliRunner.Run("new", kind, id, "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"civic new: {path} already exists; edit it, or choose another id\n", err);
        Assert.Equal(before, site.Read(path));
    }
}
