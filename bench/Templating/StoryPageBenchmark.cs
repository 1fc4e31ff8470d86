using BenchmarkDotNet.Attributes;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Bench;

/// <summary>Renders a story page (layout + include + a loop over 20 items + pipes) in escaping mode.</summary>
[MemoryDiagnoser]
public class StoryPageBenchmark
{
    private Template _template = null!;
    private TemplateOptions _options = null!;
    private ScriptObject _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = new ScriptObject();
        site.SetValue("title", "武汉基层治理开放数据");
        site.SetValue("lang", "zh-Hans");
        site.SetValue("base_url", "https://example.org");
        site.SetValue("licence", "CC BY 4.0");
        site.SetValue("publisher", "Civic");
        var menu = new ScriptArray();
        foreach (var (url, title) in new[] { ("/", "首页"), ("/stories/", "故事"), ("/data/", "数据"), ("/search/", "搜索") })
        {
            var link = new ScriptObject();
            link.SetValue("url", url);
            link.SetValue("title", title);
            menu.Add(link);
        }

        site.SetValue("menu", menu);
        var i18n = new ScriptObject();
        i18n.SetValue("related", "相关记录");
        _options = new TemplateOptionsBuilder
        {
            EscapeHtml = true,
            Loader = new InMemoryTemplateLoader(StoryPage.Partials),
        }.AddGlobal("site", site).AddGlobal("i18n", i18n).Build();
        _template = Template.Parse(StoryPage.Story, "layouts/story.sbn");
        if (_template.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", _template.Diagnostics));
        }

        _model = new ScriptObject();
        _model.SetValue("page", StoryModel.Create());
    }

    [Benchmark]
    public string RenderStoryPage() => _template.Render(new TemplateContext(_options) { Model = _model });
}
