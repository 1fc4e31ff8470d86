using System.Diagnostics;
using System.Globalization;
using Civic.Site;
using Civic.Site.Diagnostics;

namespace Civic.Cli.Commands;

/// <summary><c>civic build</c>: the whole site into <c>_site/</c> (or <c>--out</c>); the previous output survives a failed build.</summary>
public sealed class BuildCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "build";

    /// <inheritdoc/>
    public string Summary => "build the site into _site/ (or --out DIR)";

    /// <inheritdoc/>
    public string Arguments => "";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        BuildArguments.Out,
        BuildArguments.BaseUrl,
        BuildArguments.Drafts,
        new("format", "diagnostics format: text (default) or github", "FORMAT", ["text", "github"]),
    ];

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext ctx)
    {
        var options = BuildArguments.Parse(args, ctx);
        var format = args.Value("format") == "github" ? DiagnosticFormat.Github : DiagnosticFormat.Text;
        var clock = Stopwatch.StartNew();
        var result = BuildPipeline.Run(options);
        DiagnosticPrinter.Print(result.Diagnostics, options.Root, format, format == DiagnosticFormat.Github ? ctx.Out : ctx.Error);
        if (!result.Succeeded)
        {
            ctx.Error.WriteLine("build failed: the previous site in " + result.OutputDir + " was left as it was");
            return ExitCodes.ContentErrors;
        }

        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {result.PageCount} pages into {result.OutputDir} in {clock.ElapsedMilliseconds} ms"));
        return ExitCodes.Ok;
    }
}
