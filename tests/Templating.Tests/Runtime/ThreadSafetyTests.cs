using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Runtime;

public sealed class ThreadSafetyTests
{
    private sealed record Item(string Title, int Rank);

    [Fact]
    public void One_template_renders_correctly_from_many_threads_at_once()
    {
        var options = new TemplateOptionsBuilder
        {
            EscapeHtml = true,
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["row"] = "<li>{{ $0.title | string.upcase }}#{{ $0.rank }}</li>" }),
        }.Build();
        var template = Template.Parse("""
            {{ func label(x); ret x + '!'; end }}<h1>{{ label(name) }}</h1><ul>{{ for i in items }}{{ include 'row' i }}{{ end }}</ul>{{ items.size }}
            """);
        Assert.False(template.HasErrors);

        static ScriptObject Model(int n)
        {
            var model = new ScriptObject();
            model.SetValue("name", $"page{n}");
            model.SetValue("items", new ScriptArray(Enumerable.Range(0, n % 7 + 1).Select(i => (object?)new Item($"t{n}-{i}<", i))));
            return model;
        }

        static string Expected(int n)
            => $"<h1>page{n}!</h1><ul>" + string.Concat(Enumerable.Range(0, n % 7 + 1).Select(i => $"<li>T{n}-{i}&lt;#{i}</li>")) + $"</ul>{n % 7 + 1}";

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var output = template.Render(Model(n), options);
            if (output != Expected(n))
            {
                failures.Add($"{n}: {output}");
            }
        });

        Assert.Empty(failures);
    }
}
