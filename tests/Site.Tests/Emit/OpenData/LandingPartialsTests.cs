using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Civic.Site.Emit.OpenData;
using Civic.Templating;
using Civic.Templating.Runtime;

namespace Civic.Site.Tests.Emit.OpenData;

/// <summary>
/// Renders the theme's landing-page blocks (partials/dataset-downloads.sbn and partials/dataset-jsonld.sbn) with the
/// real template engine in escaping mode, from the values the open-data step gives templates.
/// </summary>
public sealed class LandingPartialsTests
{
    private sealed class PartialLoader(string themeRoot) : ITemplateLoader
    {
        public string? ResolvePath(string name, string callerPath) => Path.Combine(themeRoot, name);

        public string? Load(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string ThemeRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Civic.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("no Civic.sln above the test folder");
        }

        return Path.Combine(root, "themes", "default");
    }

    private static string Render(string language)
    {
        var model = OpenDataFixture.Model();
        var landing = OpenDataPublisher.Build(model, OpenDataFixture.BaseUrl).Landing("communities")!;
        var root = ThemeRoot();
        var template = Template.Parse(File.ReadAllText(Path.Combine(root, "partials", "dataset-downloads.sbn")), "partials/dataset-downloads.sbn");
        Assert.Empty(template.Diagnostics);
        var options = new TemplateOptionsBuilder { EscapeHtml = true, Loader = new PartialLoader(root) }.Build();
        var globals = new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?> { ["lang"] = language },
            // The theme's own interface strings, as pages get them.
            ["t"] = Civic.Site.Render.ThemeFiles.Load(Path.GetDirectoryName(Path.GetDirectoryName(root))!, "default", [language], new Civic.Site.Diagnostics.DiagnosticBag())
                .Strings(language).ToDictionary(p => p.Key, p => (object?)p.Value),
            ["dataset"] = new Dictionary<string, object?>
            {
                ["open_data"] = landing.ToTemplateValue(),
                // As PageModels gives them: the sources' ISO dates as the page's language writes dates.
                ["dates_display"] = new Dictionary<string, object?> { ["2024-07-15"] = language == "en" ? "15 July 2024" : "2024年7月15日" },
            },
        };
        return template.Render(globals, options);
    }

    [Fact]
    public void Downloads_block_lists_every_file_with_its_size_licence_version_date_citations_and_sources()
    {
        var html = Render("zh-Hans");

        Assert.Contains("<a href=\"https://civic.example/data/communities.csv\" type=\"text/csv\" download>CSV</a>", html);
        Assert.Contains("https://civic.example/data/communities.xlsx", html);
        Assert.Contains("https://civic.example/data/civic.sqlite", html);
        Assert.Matches(new Regex(@"CSV（UTF-8，逗号分隔） · \d+(\.\d)? (B|KB)"), html);
        Assert.Contains("rel=\"license\">知识共享署名 4.0 国际许可协议</a>", html);
        Assert.Contains("<dd>1.2.0</dd>", html);
        Assert.Contains("<time datetime=\"2025\">2025</time>", html);
        Assert.Contains("[DS/OL]", html);
        Assert.Contains("<cite lang=\"zh-Hans\">长江日报，《一篇关于社区的报道》</cite>，<time datetime=\"2024-07-15\">2024年7月15日</time>", html);
        Assert.Contains("<cite lang=\"zh-Hans\">《另一篇报道，含“引号”》</cite>", html);
        Assert.Contains("下载数据", Render("zh-Hans"));
        Assert.Contains("Download the data", Render("en"));
    }

    [Fact]
    public void The_downloads_tell_excel_users_to_take_the_xlsx_file()
    {
        // Excel guesses a CSV without a byte-order mark is in the system's code page, and garbles its Chinese.
        Assert.Contains("<p class=\"note\">用 Excel 或 WPS 打开请下载 XLSX：CSV 是不带 BOM 的 UTF-8 文件", Render("zh-Hans"));
        Assert.Contains("<p class=\"note\">For Excel or WPS, take the XLSX file: the CSV is UTF-8 without a byte-order mark", Render("en"));
    }

    [Fact]
    public void English_pages_describe_the_downloads_in_english()
    {
        var html = Render("en");
        var notes = Regex.Matches(html, "<span class=\"note\">(.*?)</span>").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(6, notes.Count);
        Assert.Matches(new Regex(@"^CSV \(UTF-8, comma-separated\) · \d+(\.\d)? (B|KB)$"), notes[0]);
        Assert.Contains(notes, n => n.StartsWith("SQLite database (all datasets) · ", StringComparison.Ordinal));
        Assert.All(notes, n => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", n));
        // Source articles: the English headline with the Chinese original beside it, and the date as English pages write it.
        Assert.Contains("<cite>A report on a community</cite> (<span lang=\"zh-Hans\">长江日报，《一篇关于社区的报道》</span>), <time datetime=\"2024-07-15\">15 July 2024</time>", html);
    }

    [Fact]
    public void Exactly_one_json_ld_block_is_written_unescaped_and_parses_as_a_schema_org_dataset()
    {
        var html = Render("zh-Hans");
        var blocks = Regex.Matches(html, "<script type=\"application/ld\\+json\">\n(.*?)\n</script>", RegexOptions.Singleline);

        Assert.Single(blocks);
        var json = JsonNode.Parse(blocks[0].Groups[1].Value)!;
        Assert.Equal("Dataset", (string)json["@type"]!);
        Assert.Equal("社区", (string)json["name"]!);
        Assert.Equal("zh-Hans", (string)json["inLanguage"]!);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string)json["license"]!);
        Assert.Equal("1.2.0", (string)json["version"]!);
        Assert.Equal("2025", (string)json["dateModified"]!);
        Assert.Equal("2019-05/2025", (string)json["temporalCoverage"]!);
        Assert.Equal(9, json["variableMeasured"]!.AsArray().Count);
        Assert.Equal(2, json["isBasedOn"]!.AsArray().Count);
        Assert.All(json["distribution"]!.AsArray(), d =>
        {
            Assert.StartsWith("https://civic.example/data/", (string)d!["contentUrl"]!);
            Assert.False(string.IsNullOrEmpty((string?)d["encodingFormat"]));
        });
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        var node = new JsonObject { ["name"] = "</script><script>alert(1)</script>" };

        var text = JsonText.ForScript(node);

        Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("</script><script>alert(1)</script>", (string)JsonNode.Parse(text)!["name"]!);
    }
}
