using System.Diagnostics;
using Civic.TestKit;
using Xunit.Abstractions;

namespace Civic.Site.Tests;

/// <summary>
/// Builds the repository's own site with every emitter and runs the open-data validator on the output: ajv on every
/// JSON Feed, Data Package, data.json and record file, xmllint on sitemap.xml, jing on every Atom feed
/// (tools/validate/validate-site.mjs). Outside CI a missing tool is reported in the output and the checks are not run.
/// </summary>
public sealed class BundledSitePublishedFilesTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("civic-bundled-").FullName;
    private readonly ITestOutputHelper _output;

    public BundledSitePublishedFilesTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Bundled_site_builds_every_published_file()
    {
        Build();

        foreach (var file in new[]
        {
            "index.html", "feed.json", "feed.xml", "sitemap.xml", "robots.txt", "catalog.jsonld", "data.json",
            "data/civic.sqlite", "data/stations.csv", "data/stations.json", "data/stations.xlsx", "data/stations.schema.json",
            "data/stations/datapackage.json", "data/feed.json", "search/index.json", "en/search/index.json",
        })
        {
            Assert.True(File.Exists(Path.Combine(_out, file)), $"{file} is missing from the build");
        }

        var landing = File.ReadAllText(Path.Combine(_out, "data", "stations", "index.html"));
        Assert.Contains("href=\"https://civic.example/data/stations.csv\"", landing);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(landing, "application/ld\\+json"));
    }

    [Fact]
    public async Task Bundled_site_passes_the_open_data_validators()
    {
        var script = Validator(out var missing);
        if (script is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"Validating the bundled site needs: {missing}.");
            _output.WriteLine($"Not run here, missing: {missing}.");
            return;
        }

        Build();
        var start = new ProcessStartInfo("node", [script, _out]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        _output.WriteLine(output);

        Assert.True(process.ExitCode == 0, output);
        Assert.Matches(@"\n\d+ passed, 0 failed", output);
        Assert.DoesNotContain("FAIL", output);
        foreach (var file in new[] { "feed.json", "feed.xml", "sitemap.xml", "data.json", "data/feed.json", "data/stations/datapackage.json", "data/stations.json" })
        {
            Assert.Contains("ok    " + file + "\n", output);
        }
    }

    private void Build()
    {
        var result = BuildPipeline.Run(new BuildOptions(RepoPaths.Root, _out));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
    }

    private static string? Validator(out string missing)
    {
        var tool = RepoPaths.Combine("tools", "validate");
        var needs = new List<string>();
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "ajv")))
        {
            needs.Add("node_modules: run `npm ci --ignore-scripts` in tools/validate");
        }

        foreach (var (program, package) in new[] { ("node", "nodejs"), ("xmllint", "libxml2-utils"), ("jing", "jing") })
        {
            if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program))))
            {
                needs.Add($"{program}: `apt-get install -y {package}`");
            }
        }

        missing = string.Join("; ", needs);
        return needs.Count == 0 ? Path.Combine(tool, "validate-site.mjs") : null;
    }
}
