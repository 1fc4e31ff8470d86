using Civic.Site.Diagnostics;
using Civic.Site.Model;

namespace Civic.Cli.Commands;

/// <summary>
/// <c>civic check</c>: loads and validates the site and prints every problem. Text goes to stderr; GitHub
/// annotations go to stdout, where GitHub Actions reads workflow commands.
/// </summary>
public sealed class CheckCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "check";

    /// <inheritdoc/>
    public string Summary => "validate site.yml, data/ and content/ and report every problem";

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
        var result = SiteModelBuilder.Load(args.Root(ctx));

        var output = DiagnosticFormatter.Format(result.Diagnostics, format, result.Sources);
        (format == DiagnosticFormat.Github ? ctx.Out : ctx.Error).Write(output);
        ctx.Error.Write(Summarize(result));

        var failed = result.ErrorCount > 0 || (args.Flag("strict") && result.WarningCount > 0);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Ok;
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
