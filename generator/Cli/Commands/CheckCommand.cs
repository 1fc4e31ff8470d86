using Civic.Site;
using Civic.Site.Diagnostics;
using Civic.Site.Model;
using Civic.Site.Validate;

namespace Civic.Cli.Commands;

/// <summary>
/// <c>civic check</c>: loads and validates the site, then renders and link-checks every page without writing any,
/// so what a build would reject (a broken link, a template error) is reported here too; prints every problem. Text goes to
/// stderr; GitHub annotations go to stdout, where GitHub Actions reads workflow commands.
/// </summary>
public sealed class CheckCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "check";

    /// <inheritdoc/>
    public string Summary => "validate site.yml, data/ and content/, render every page and check its links; report every problem";

    /// <inheritdoc/>
    public string Arguments => "";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "output format: text (default) or github (GitHub Actions annotations)", "FORMAT", ["text", "github"]),
        new("strict", "fail on warnings too"),
    ];

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext ctx)
    {
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        var format = args.Value("format") == "github" ? DiagnosticFormat.Github : DiagnosticFormat.Text;
        var root = args.Root(ctx);
        var result = Rendered(BuildPipeline.Validate(root), root);

        var output = DiagnosticFormatter.Format(result.Diagnostics, format, result.Sources);
        (format == DiagnosticFormat.Github ? ctx.Out : ctx.Error).Write(output);
        ctx.Error.Write(Summarize(result));

        var failed = result.ErrorCount > 0 || (args.Flag("strict") && result.WarningCount > 0);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    /// <summary>
    /// The load's result with what rendering adds, when the load found no error: the pages are rendered and
    /// link-checked as a build does, and nothing is written (the site's output and its spare are not touched).
    /// </summary>
    private static SiteLoadResult Rendered(SiteLoadResult loaded, string root)
    {
        if (loaded.Model is not { } model || loaded.ErrorCount > 0)
        {
            return loaded;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        BuildPipeline.Publish(model, new BuildOptions(root), diagnostics, new BuildSession { DiscardOutput = true });
        var found = diagnostics.ToSortedArray();
        DiagnosticPrinter.AddSources(loaded.Sources, found, root);
        return loaded with { Diagnostics = found };
    }

    /// <summary>The closing line: counts of errors and warnings, or counts of what was checked.</summary>
    public static string Summarize(SiteLoadResult result)
    {
        if (result.Diagnostics.IsEmpty && result.Model is { } m)
        {
            return $"check: ok: {m.Datasets.Length} datasets, {m.Datasets.Sum(d => d.Records.Length)} records, {m.Stories.Length} stories, {m.Pages.Length} pages\n";
        }
        return $"check: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}\n";
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
