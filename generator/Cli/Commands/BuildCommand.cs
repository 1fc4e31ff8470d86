using System.Diagnostics;
using System.Globalization;
using Civic.Site;

namespace Civic.Cli.Commands;

/// <summary><c>civic build [--out DIR] [--base-url URL] [--drafts] [--root DIR]</c>. Exit 0 ok, 1 content errors, 2 usage.</summary>
public static class BuildCommand
{
    public const string Usage = "usage: civic build [--out DIR] [--base-url URL] [--drafts] [--root DIR] [--format text|github]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!BuildArguments.TryParse(args, allowPort: false, out var parsed, out var error))
        {
            stderr.WriteLine("error: " + error);
            stderr.WriteLine(Usage);
            return 2;
        }

        if (!File.Exists(Path.Combine(parsed.Options.Root, "site.yml")))
        {
            stderr.WriteLine($"error: no site.yml in {parsed.Options.Root}");
            stderr.WriteLine("hint: run from the folder that holds site.yml, or pass --root DIR");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var result = BuildPipeline.Run(parsed.Options);
        DiagnosticPrinter.Print(result.Diagnostics, parsed.Options.Root, parsed.Format, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine("build failed: the previous site in " + result.OutputDir + " was left as it was");
            return 1;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {result.PageCount} pages into {result.OutputDir} in {clock.ElapsedMilliseconds} ms"));
        return 0;
    }
}
