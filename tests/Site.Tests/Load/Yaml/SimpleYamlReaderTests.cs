using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.TestKit;

namespace Civic.Site.Tests.Load.Yaml;

/// <summary>
/// The simple reader must give exactly what the general parser gives whenever it accepts a document: same nodes,
/// values, styles and positions, and no diagnostics from the general parser.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    private static readonly string[] Values =
    [
        "abc", "职中社区", "2024-07-15", "2024-07", "2025", "-12", "3.5", "true", "false", "null", "~", "Null",
        "a b  c", "trailing   ", "a:b", "https://example.org/a?b=c#d", "a # comment", "a#b", "a: b", "a:", "#x",
        "\"quoted\"", "\"with 'single' inside\"", "\"esc\\\"aped\"", "\"\"", "'single'", "'it''s'", "''", "\"a\" b",
        "'a' ", "\"unclosed", "[]", "[ ]", "[a]", "[a, b, c]", "[ a ,b ]", "[a, ]", "[a,,b]", "[a b, c]", "[武汉, 汉口]",
        "[a, [b]]", "[a, {b: c}]", "[\"q\", b]", "[a:b]", "[a] x", "[a] ", "[a", "{a: b}", "{}", "- a", "-a", "-",
        "? a", ": a", "&anchor a", "*alias", "!tag a", "|", ">", "%a", "@a", "`a", ",a", "]a", "}a", "a]", "a}",
        "a,b", "a [b]", "见[1]", "100%", "a\tb", "\ta", "emoji 😀 x", "nbsp\u00a0x", "bom\ufeffx", "ls\u2028x",
        "c1\u0085x", "del\u007fx", "[😀, x]", "\"😀\"", "— 全角：冒号，逗号。", "0x1F", "1e3", ".5", "+1", "yes", "on",
    ];

    private static readonly string[] Documents =
    [
        "a: 1\nb: 2\n", "a: 1\nb: 2", "\na: 1\n", "\n\na: 1\n\nb: [x]\n", "a: 1\n  b: 2\n", "a: 1\n b\n", "a: 1\n# c\nb: 2\n",
        "a: 1\na: 2\n", "a: 1\r\nb: 2\r\n", "a:\n- x\n", "a:\n  b: c\n", "a: |\n  x\n", "---\na: 1\n", "a: 1\n...\n",
        "a: 1\n---\nb: 2\n", "%YAML 1.2\n---\na: 1\n", "key-with-dash: 1\n", "_under: 1\n", "1: one\n", "-k: 1\n",
        "a : 1\n", "a:1\n", "a:  two spaces\n", "a: 1\n   \nb: 2\n", "a: x\ny\n", "\"q\": 1\n", "a: 1 \n", "",
        "   \n", "title: 第1个社区故事：议事会在楼栋里召开\ndate: 2019-03-05\nsummary: 社区，居民。\ndistrict: jiangan\n" +
        "topics: [elderly-and-children, outdoor-workers]\ncommunities: [c00001]\nstations: []\nsources: [src-a]\nfeatured: false\n",
    ];

    [Fact]
    public void Agrees_with_the_general_parser_on_every_value_form()
    {
        var accepted = 0;
        foreach (var value in Values)
        {
            foreach (var doc in new[] { $"k: {value}\n", $"first: 1\n\nk: {value}\nlast: [a, b]\n", $"k: {value}" })
            {
                if (Compare(doc, 0)) accepted++;
            }
        }
        Assert.True(accepted > Values.Length, $"only {accepted} documents took the simple path");
    }

    [Fact]
    public void Agrees_with_the_general_parser_on_document_shapes_and_line_offsets()
    {
        foreach (var doc in Documents)
        {
            Compare(doc, 0);
            Compare(doc, 5);
        }
    }

    [Fact]
    public void Takes_the_common_forms_and_leaves_the_rest()
    {
        Assert.True(Compare("id: a\nname: 职中社区\nsummary: \"quoted, text\"\nlist: [x, 武汉, y]\nn: -3\n", 0));
        Assert.True(Compare(Documents[^1], 1));
        foreach (var doc in new[] { "a: 1\n# c\n", "a:\n- x\n", "a: 1\na: 2\n", "a: 1\r\n", "a: [x,\n  y]\n", "a: &x 1\n", "a:\n" })
        {
            Assert.Null(SimpleYamlReader.TryRead(new SourceText("a.yml", doc), doc, 0, LoadOptions.Default));
        }
    }

    [Fact]
    public void Agrees_with_the_general_parser_on_every_content_file_of_the_repository()
    {
        var files = new[] { "content", "data", "tests/Site.Tests/Sites", "tests/Site.Tests/SitesInvalid" }
            .Select(d => RepoPaths.Combine(d.Split('/')))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"found only {files.Count} files");
        var accepted = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                var split = FrontMatterSplitter.Split(new SourceText(file, text), new DiagnosticBag());
                if (split is not null && Compare(text, split.Yaml, split.YamlLine - 1, split.YamlStart)) accepted++;
            }
            else if (Compare(text, text, 0, 0))
            {
                accepted++;
            }
        }
        Assert.True(accepted > files.Count / 2, $"only {accepted} of {files.Count} files took the simple path");
    }

    private static bool Compare(string doc, int lineOffset) =>
        Compare(string.Concat(Enumerable.Repeat("x\n", lineOffset)) + doc, doc, lineOffset, 2 * lineOffset);

    // True when the simple reader accepted the document (and then agreed with the general parser). The document
    // is also read in place, at offset 'from' of the source text, with a pool of strings: that must give the same.
    private static bool Compare(string sourceText, string yaml, int lineOffset, int from)
    {
        var source = new SourceText("a.yml", sourceText);
        var simple = SimpleYamlReader.TryRead(source, yaml, lineOffset, LoadOptions.Default);
        var inPlace = SimpleYamlReader.TryRead(source, sourceText, from, from + yaml.Length, lineOffset, LoadOptions.Default, new StringPool());
        Assert.Equal(simple is null ? "null" : Describe(simple), inPlace is null ? "null" : Describe(inPlace));
        if (simple is null) return false;
        var bag = new DiagnosticBag();
        var general = YamlReader.ReadGeneral(source, yaml, lineOffset, LoadOptions.Default, bag);
        Assert.True(bag.Count == 0, $"the general parser reports {string.Join("; ", bag.ToSortedArray().Select(d => d.Message))} for: {yaml}");
        Assert.True(general is not null, $"the general parser gives nothing for: {yaml}");
        Assert.Equal(Describe(general), Describe(simple));
        return true;
    }

    private static string Describe(YNode node) => node switch
    {
        YScalar s => $"{s.Start.Line}:{s.Start.Column} {(s.IsPlain ? "plain" : "quoted")} «{s.Value}»",
        YSequence q => $"{q.Start.Line}:{q.Start.Column} [{string.Join(", ", q.Items.Select(Describe))}]",
        YMapping m => $"{m.Start.Line}:{m.Start.Column} {{{string.Join(", ", m.Entries.Select(e => Describe(e.Key) + " = " + Describe(e.Value)))}}}",
        _ => node.GetType().Name,
    };
}
