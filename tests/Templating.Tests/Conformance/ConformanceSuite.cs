using System.Text.RegularExpressions;
using Civic.Templating.Runtime;

namespace Civic.Templating.Tests.Conformance;

/// <summary>Runs cases of ../shared/scriban-conformance with the upstream harness contract (see its README.txt).</summary>
internal static partial class ConformanceSuite
{
    private static readonly Lazy<string?> LazyFolder = new(FindFolder);
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> LazyCases = new(LoadCases);
    private static readonly Lazy<TemplateOptions> LazyOptions = new(() => new TemplateOptionsBuilder
    {
        LoopLimit = 1000,
        RecursionLimit = 100,
        Loader = new ConformanceLoader(Path.Combine(Folder, "_loader", "scriban")),
    }.Build());

    public static string? FolderOrNull => LazyFolder.Value;

    public static string Folder => LazyFolder.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string MissingMessage => "The conformance data ../shared/scriban-conformance was not found next to the repository "
        + "(looked beside the folder holding Civic.sln). It is required when CI=true.";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<ConformanceCase> Cases => LazyCases.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string BaselinePath => Path.Combine(RepositoryRoot, "tests", "Templating.Tests", "Conformance", "baseline.txt");

    public static CaseResult Run(ConformanceCase testCase)
    {
        var directory = Path.Combine(Folder, testCase.Category);
        var input = File.ReadAllText(Path.Combine(directory, testCase.Name + ".sbn-txt"));
        var expected = File.ReadAllText(Path.Combine(directory, testCase.Name + ".out.txt"));
        var actual = Render(input);
        if (testCase.Kind == "error")
        {
            var expectedPosition = FirstPosition(expected);
            var actualPosition = FirstPosition(actual);
            return new CaseResult(expectedPosition is not null && expectedPosition == actualPosition, expected, actual);
        }

        return new CaseResult(string.Equals(expected, actual, StringComparison.Ordinal), expected, actual);
    }

    public static string Render(string input)
    {
        var template = Template.Parse(input, "text");
        if (template.HasErrors)
        {
            return string.Join("\n", template.Diagnostics.Select(static d => d.ToString()));
        }

        try
        {
            var context = new TemplateContext(LazyOptions.Value);
            context.Globals.Import(ConformanceModel.Create());
            return template.Render(context);
        }
        catch (TemplateRuntimeException exception)
        {
            return exception.Message;
        }
    }

    public static IReadOnlySet<string> LoadBaseline()
        => File.Exists(BaselinePath)
            ? File.ReadAllLines(BaselinePath).Select(static l => l.Trim()).Where(static l => l.Length > 0 && !l.StartsWith('#')).ToHashSet()
            : new HashSet<string>();

    private static string? FirstPosition(string output)
    {
        var match = PositionPattern().Match(output);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"^text\(\d+,\d+\)")]
    private static partial Regex PositionPattern();

    private static IReadOnlyList<ConformanceCase> LoadCases()
    {
        if (FolderOrNull is not { } folder)
        {
            return Array.Empty<ConformanceCase>();
        }

        return File.ReadAllLines(Path.Combine(folder, "manifest.tsv"))
            .Skip(1)
            .Where(static line => line.Length > 0)
            .Select(static line => line.Split('\t'))
            .Select(static f => new ConformanceCase(f[0], f[1], f[2], f[3]))
            .ToList();
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Civic.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Civic.sln not found above the test assembly.");
    }

    private static string? FindFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "scriban-conformance"));
        return File.Exists(Path.Combine(folder, "manifest.tsv")) ? folder : null;
    }
}
