using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using static Civic.Templating.Tests.TemplateTestHelper;

namespace Civic.Templating.Tests.Runtime;

public sealed class HostApiTests
{
    public sealed record Author(string DisplayName, string HTMLBio);

    public sealed record Story(string Title, DateTime PublishedOn, Author Author, IReadOnlyList<string> Topics, int? ViewCount);

    private static readonly Story Sample = new("驿站", new DateTime(2024, 3, 1), new Author("李华", "bio"), new[] { "a", "b" }, null);

    [Fact]
    public void Record_members_are_read_in_snake_case()
        => Assert.Equal("驿站 李华 bio 2 ", Render("{{ title }} {{ author.display_name }} {{ author.html_bio }} {{ topics.size }} {{ view_count }}", Sample));

    [Fact]
    public void Records_can_be_iterated_and_compared()
    {
        var model = new ScriptObject();
        model.SetValue("stories", new[] { Sample, Sample with { Title = "社区" } });
        Assert.Equal("驿站,社区,", Render("{{ for s in stories }}{{ s.title }},{{ end }}", model));
    }

    [Fact]
    public void Host_functions_take_positional_named_and_piped_arguments()
    {
        var options = new TemplateOptionsBuilder()
            .AddFunction("t", static call => $"{call.GetString(0)}:{call.GetString(1)}", ScriptParameter.Required("key"), ScriptParameter.Optional("lang", "zh"))
            .Build();
        Assert.Equal("home:zh home:en home:en", Render("{{ t 'home' }} {{ t 'home' lang: 'en' }} {{ 'home' | t 'en' }}", null, options));
    }

    [Fact]
    public void Host_objects_are_visible_and_read_only()
    {
        var site = new ScriptObject();
        site.SetValue("title", "Civic");
        var options = new TemplateOptionsBuilder().AddGlobal("site", site).Build();
        Assert.Equal("Civic", Render("{{ site.title }}", null, options));
        var error = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("{{ site.title = 'x' }}").Render(null, options));
        Assert.Contains("readonly", error.Message);
    }

    [Fact]
    public void Template_variables_shadow_host_globals_without_changing_them()
    {
        var options = new TemplateOptionsBuilder().AddGlobal("lang", "zh").Build();
        Assert.Equal("en", Render("{{ lang = 'en' }}{{ lang }}", null, options));
        Assert.Equal("zh", Render("{{ lang }}", null, options));
    }

    [Fact]
    public void Host_function_can_call_a_template_function_it_receives()
    {
        var options = new TemplateOptionsBuilder()
            .AddFunction("twice", static call => $"{call.Invoke(call[0], 1)}{call.Invoke(call[0], 2)}", ScriptParameter.Required("f"))
            .Build();
        Assert.Equal("[1][2]", Render("{{ func br(x); ret '[' + x + ']'; end; twice @br }}", null, options));
    }

    [Fact]
    public void Context_globals_can_be_preset_by_the_host()
    {
        var context = new TemplateContext();
        context.Globals.SetValue("user", "王");
        Assert.Equal("王", Template.Parse("{{ user }}").Render(context));
    }

    [Fact]
    public void Numbers_and_dates_use_the_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("2.5 1234567.25", Render("{{ 5 / 2 }} {{ 1234567.25 }}"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Include_indents_every_line_like_the_include_line()
    {
        var options = new TemplateOptionsBuilder
        {
            Loader = new InMemoryTemplateLoader(new Dictionary<string, string> { ["list"] = "<li>a</li>\n<li>b</li>" }),
        }.Build();
        Assert.Equal("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>", Render("<ul>\n  {{ include 'list' }}\n</ul>", null, options));
    }

    [Fact]
    public void Missing_include_is_a_runtime_error_at_the_include()
    {
        var options = new TemplateOptionsBuilder { Loader = new InMemoryTemplateLoader(new Dictionary<string, string>()) }.Build();
        var error = Assert.Throws<TemplateRuntimeException>(() => Template.Parse("a\n  {{ include 'nope' }}", "page.sbn").Render(null, options));
        Assert.Equal((2, 6), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Yaml_style_dictionaries_are_read_and_iterated()
    {
        var record = new Dictionary<object, object> { ["name"] = "驿站", ["tags"] = new List<object> { "a", "b" } };
        var model = new Dictionary<string, object?> { ["record"] = record };
        Assert.Equal("驿站 a,b, name=驿站;tags=[\"a\", \"b\"];", Render(
            "{{ record.name }} {{ for t in record.tags }}{{ t }},{{ end }} {{ for p in record }}{{ p.key }}={{ p.value }};{{ end }}", model));
    }

    [Fact]
    public void Shared_members_are_read_like_a_dictionary_but_a_template_cannot_set_them()
    {
        var card = new SharedMembers { ["title"] = "驿站" };
        var model = new Dictionary<string, object?> { ["card"] = card };
        Assert.Equal("驿站 驿站", Render("{{ card.title }} {{ card['title'] }}", model));

        var member = Assert.Throws<TemplateRuntimeException>(() => Render("{{ card.title = 'x' }}", model));
        Assert.Contains("readonly member", member.Message, StringComparison.Ordinal);
        Assert.Equal((1, 9), (member.Span.Line, member.Span.Column));
        var indexer = Assert.Throws<TemplateRuntimeException>(() => Render("{{ card['title'] = 'x' }}", model));
        Assert.Contains("readonly member `title`", indexer.Message, StringComparison.Ordinal);
        Assert.Equal("驿站", card["title"]);

        // A plain dictionary stays writable.
        Assert.Equal("x", Render("{{ plain.title = 'x' }}{{ plain.title }}", new Dictionary<string, object?> { ["plain"] = new Dictionary<string, object?>() }));
    }
}
