using Civic.Templating.Runtime;

namespace Civic.Templating.Tests.Builtins;

/// <summary>Renders small templates for builtin tests, failing with the parse messages if the text does not parse.</summary>
internal static class BuiltinRenderer
{
    public static string Render(string text, TemplateOptions? options = null, Action<TemplateContext>? setup = null)
    {
        var template = Template.Parse(text, "test.sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        var context = new TemplateContext(options);
        setup?.Invoke(context);
        return template.Render(context);
    }

    public static TemplateRuntimeException RenderError(string text, TemplateOptions? options = null)
        => Assert.Throws<TemplateRuntimeException>(() => Render(text, options));
}
