using BenchmarkDotNet.Attributes;
using Civic.Templating.Runtime;

namespace Civic.Templating.Bench;

/// <summary>Renders a list page of 200 cards (one include per card) in escaping mode, with a host-shaped model.</summary>
[MemoryDiagnoser]
public class CardListBenchmark
{
    private Template _template = null!;
    private TemplateOptions _options = null!;
    private Dictionary<string, object?> _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new TemplateOptionsBuilder
        {
            EscapeHtml = true,
            Loader = new InMemoryTemplateLoader(CardListPage.Partials),
        }.Build();
        _template = Template.Parse(CardListPage.Term, "layouts/term.sbn");
        if (_template.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", _template.Diagnostics));
        }

        _model = CardListPage.Model();
    }

    [Benchmark]
    public string RenderCardList() => _template.Render(_model, _options);
}
