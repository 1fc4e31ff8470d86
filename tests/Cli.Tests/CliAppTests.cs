using System.Diagnostics;
using Civic.TestKit;

namespace Civic.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void No_arguments_prints_usage_to_stderr_with_exit_code_2()
    {
        var (exit, output, err) = CliRunner.Run();
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("usage: civic <command>", err);
        Assert.Contains("  check", err);
    }

    [Fact]
    public void Unknown_command_suggests_the_closest_one()
    {
        var (exit, _, err) = CliRunner.Run("chek");
        Assert.Equal(2, exit);
        Assert.StartsWith("civic: unknown command 'chek'; did you mean 'check'?\n", err);
    }

    [Theory]
    [InlineData("check --format xml", "civic check: --format must be one of: text, github (got 'xml')\n")]
    [InlineData("check --colour", "civic check: unknown option '--colour'\n")]
    [InlineData("check --root", "civic check: --root needs a value (DIR)\n")]
    [InlineData("check --root /no/such/dir", "civic check: --root '/no/such/dir' is not a directory\n")]
    [InlineData("new story", "civic new: expected two arguments: story|<dataset> and an id\n")]
    public void Usage_mistakes_exit_2_with_a_message_and_the_command_usage(string line, string message)
    {
        var (exit, _, err) = CliRunner.Run(line.Split(' '));
        Assert.Equal(2, exit);
        Assert.StartsWith(message, err);
        Assert.Contains("usage: civic ", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Help_goes_to_stdout_with_exit_code_0()
    {
        var (exit, output, _) = CliRunner.Run("check", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format FORMAT", output);
        Assert.Contains("--strict", output);
        Assert.Contains("--root DIR", output);
    }

    [Fact]
    public async Task The_built_program_returns_the_exit_code_and_prints_diagnostics_without_a_stack_trace()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "civic.dll");
        Assert.True(File.Exists(dll), $"missing {dll}");
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "check", "--root", CliRunner.Fixture("SitesInvalid", "civ2103-unknown-key") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        using var p = Process.Start(psi)!;
        var errTask = p.StandardError.ReadToEndAsync();
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        var err = await errTask;
        Assert.Equal(1, p.ExitCode);
        Assert.Equal("", output);
        Assert.StartsWith("content/stories/visit.md:5:1: error CIV2103: unknown key 'feature'\n", err);
        Assert.DoesNotContain("Exception", err);
    }
}
