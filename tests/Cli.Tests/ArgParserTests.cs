namespace Civic.Cli.Tests;

public sealed class ArgParserTests
{
    private static readonly OptionSpec[] Options = [new("format", "f", "FORMAT", ["text", "github"]), new("strict", "s"), OptionSpec.Root];

    [Fact]
    public void Parses_flags_values_in_both_forms_and_positionals()
    {
        var a = ArgParser.Parse(["story", "--strict", "--format=github", "--root", "site", "--", "--x"], Options);
        Assert.True(a.Flag("strict"));
        Assert.Equal("github", a.Value("format"));
        Assert.Equal("site", a.Value("root"));
        Assert.Equal(["story", "--x"], a.Positionals);
    }

    [Fact]
    public void A_flag_given_a_value_is_a_usage_error()
    {
        var ex = Assert.Throws<UsageException>(() => ArgParser.Parse(["--strict=yes"], Options));
        Assert.Equal("--strict takes no value", ex.Message);
    }
}
