using System.Diagnostics;
using Civic.Site.Emit.Feeds;
using Civic.Site.Emit.OpenData;
using Civic.Site.Emit.Sitemap;
using Civic.Site.Render;
using Civic.Site.Tests.Emit.Sitemap;
using Xunit.Abstractions;

namespace Civic.Site.Tests.Emit.OpenData;

/// <summary>
/// Builds the open data, feeds and sitemap of the fixture site into a folder and runs the real validators on it:
/// ajv against the vendored JSON Feed, Data Package and Project Open Data schemas and our record schemas, xmllint
/// against sitemap.xsd, jing against RFC 4287's RELAX NG schema (tools/validate/validate-site.mjs).
/// </summary>
public sealed class PublishedSchemaValidationTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("civic-validate-").FullName;
    private readonly ITestOutputHelper _output;

    public PublishedSchemaValidationTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private void BuildSite()
    {
        var model = OpenDataFixture.Model();
        var stories = model.Stories.Where(s => !s.Draft).ToList();
        OpenDataPublisher.Build(model, OpenDataFixture.BaseUrl).WriteTo(_site);
        var context = new PublishContext(_site, OpenDataFixture.BaseUrl);
        foreach (var (path, text) in FeedWriter.Build(model, stories, OpenDataFixture.BaseUrl))
        {
            context.WriteText(path, text);
        }

        var entries = SitemapBuilder.Entries(model, stories, SitemapWriterTests.Pages(), new SiteUrls(OpenDataFixture.BaseUrl, ["zh-Hans", "en"]));
        context.WriteText("sitemap.xml", SitemapWriter.Sitemap(entries));
    }

    /// <summary>The validator, or null (with the reason) when its tools are not installed here.</summary>
    private string? Validator(out string missing)
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Civic.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        missing = "";
        if (root is null)
        {
            missing = "the repository root (the folder with Civic.sln)";
            return null;
        }

        var tool = Path.Combine(root, "tools", "validate");
        var needs = new List<string>();
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "ajv")))
        {
            needs.Add("node_modules: run `npm ci --ignore-scripts` in tools/validate");
        }

        foreach (var program in new[] { "node", "xmllint", "jing" })
        {
            if (!OnPath(program))
            {
                needs.Add($"{program}: `apt-get install -y {(program == "node" ? "nodejs" : program == "xmllint" ? "libxml2-utils" : "jing")}`");
            }
        }

        missing = string.Join("; ", needs);
        return needs.Count == 0 ? Path.Combine(tool, "validate-site.mjs") : null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    private (int Exit, string Output) Run(string script)
    {
        var start = new ProcessStartInfo("node", [script, _site]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        _output.WriteLine(output);
        return (process.ExitCode, output);
    }

    private bool Ready(out string script)
    {
        script = Validator(out var missing) ?? "";
        if (script.Length > 0)
        {
            return true;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail($"Schema validation needs: {missing}.");
        }

        _output.WriteLine($"Not run here, missing: {missing}.");
        return false;
    }

    [Fact]
    public void Every_published_file_passes_its_published_schema()
    {
        if (!Ready(out var script))
        {
            return;
        }

        BuildSite();
        var (exit, output) = Run(script);

        Assert.True(exit == 0, output);
        foreach (var file in new[] { "feed.json", "feed.xml", "topics/volunteers/feed.json", "districts/jiangxia/feed.xml", "data/feed.json", "data.json", "sitemap.xml", "data/communities.json", "data/communities/datapackage.json" })
        {
            Assert.Contains("ok    " + file + "\n", output);
        }

        Assert.DoesNotContain("FAIL", output);
        Assert.DoesNotContain("not vendored", output);
    }

    [Fact]
    public void The_validators_reject_broken_files()
    {
        if (!Ready(out var script))
        {
            return;
        }

        BuildSite();
        Replace("feed.json", "\"title\":", "\"titel\":");
        Replace("feed.xml", "<updated>", "<modified>", once: true);
        Replace("sitemap.xml", "<loc>", "<location>", once: true);
        Replace("data.json", "\"accessLevel\": \"public\"", "\"accessLevel\": \"open\"");
        Replace("data/communities/datapackage.json", "\"bytes\": ", "\"bytes\": 1");
        Replace("data/communities.json", "\"residents\": 15546", "\"residents\": \"15546\"");
        Replace("data/districts/datapackage.json", "\"type\": \"table\"", "\"type\": \"tabular\"", once: true);

        var (exit, output) = Run(script);

        Assert.Equal(1, exit);
        foreach (var file in new[] { "feed.json", "feed.xml", "sitemap.xml", "data.json", "data/communities/datapackage.json", "data/districts/datapackage.json", "data/communities.json" })
        {
            Assert.Contains("FAIL  " + file + "\n", output);
        }
    }

    private void Replace(string path, string from, string to, bool once = false)
    {
        var file = Path.Combine(_site, path);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        if (once)
        {
            var i = text.IndexOf(from, StringComparison.Ordinal);
            text = text[..i] + to + text[(i + from.Length)..];
            if (to.StartsWith("<location", StringComparison.Ordinal) || to.StartsWith("<modified", StringComparison.Ordinal))
            {
                var closeFrom = "</" + from[1..];
                var closeTo = "</" + to[1..];
                var j = text.IndexOf(closeFrom, i, StringComparison.Ordinal);
                text = text[..j] + closeTo + text[(j + closeFrom.Length)..];
            }
        }
        else
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(file, text);
    }
}
