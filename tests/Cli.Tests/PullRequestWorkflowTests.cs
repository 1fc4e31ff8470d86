using Civic.TestKit;
using YamlDotNet.RepresentationModel;

namespace Civic.Cli.Tests;

/// <summary>
/// The workflow that checks editors' pull requests runs commands this command line accepts, and they pass on the
/// bundled site: a renamed option or command would otherwise fail every pull request, or none.
/// </summary>
public sealed class PullRequestWorkflowTests
{
    private const string Cli = "--project generator/Cli --";

    private static List<string[]> CivicCommands()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepoPaths.Combine(".github", "workflows", "check.yml")))
        {
            yaml.Load(reader);
        }

        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        return [.. jobs.Children.Values
            .SelectMany(job => (YamlSequenceNode)((YamlMappingNode)job)["steps"])
            .Cast<YamlMappingNode>()
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => ((YamlScalarNode)step["run"]).Value!.Trim())
            .Where(run => run.StartsWith("dotnet run", StringComparison.Ordinal) && run.Contains(Cli, StringComparison.Ordinal))
            .Select(run => run[(run.IndexOf(Cli, StringComparison.Ordinal) + Cli.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }

    [Fact]
    public void It_checks_then_builds_with_annotations()
    {
        var commands = CivicCommands();
        Assert.Equal(["check", "build"], commands.Select(c => c[0]));
        Assert.All(commands, c => Assert.Equal(["--format", "github"], c[1..]));
    }

    [Fact]
    public void Its_commands_pass_on_the_bundled_site()
    {
        var output = Directory.CreateTempSubdirectory("civic-workflow-").FullName;
        try
        {
            foreach (var command in CivicCommands())
            {
                // The build goes to a temporary folder, not the repository's _site/.
                string[] args = command[0] == "build" ? [.. command, "--out", Path.Combine(output, "_site")] : command;
                var (exit, stdout, stderr) = CliRunner.Run(args);
                Assert.True(exit == 0, $"{string.Join(' ', command)} exited {exit}\n{stdout}\n{stderr}");
                Assert.DoesNotContain("::error", stdout, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(Path.Combine(output, "_site", "index.html")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
