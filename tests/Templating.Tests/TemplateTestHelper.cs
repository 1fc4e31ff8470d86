using Civic.Templating.Runtime;

namespace Civic.Templating.Tests;

/// <summary>Parses (asserting no diagnostics) and renders in one call.</summary>
internal static class TemplateTestHelper
{
    public static string Render(string text, object? model = null, TemplateOptions? options = null)
    {
        var template = Template.Parse(text, "test.sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        return template.Render(model, options);
    }

    public static TemplateOptions EscapingOptions(Dictionary<string, string>? partials = null)
        => new TemplateOptionsBuilder
        {
            EscapeHtml = true,
            Loader = new InMemoryTemplateLoader(partials ?? new Dictionary<string, string>()),
        }.Build();
}
