using Civic.TestKit;

namespace Civic.Cli.Tests;

/// <summary>Runs <c>civic</c> in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, new CliContext(o, e, RepoPaths.Root));
        return (exit, o.ToString(), e.ToString());
    }

    public static string Fixture(string kind, string name) => RepoPaths.Combine("tests", "Site.Tests", kind, name);
}
