using System.Collections.Concurrent;
using Civic.Site.Diagnostics;
using Civic.Templating;
using Civic.Templating.Runtime;

namespace Civic.Site.Render;

/// <summary>
/// The only place that talks to the template engine: parses theme templates once, renders them with HTML escaping
/// on, and turns the engine's parse and runtime errors (with their spans) into our diagnostics.
/// </summary>
public sealed class TemplateBridge
{
    private readonly ThemeFiles _theme;
    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _attempts = new(StringComparer.Ordinal);

    public TemplateBridge(ThemeFiles theme)
    {
        _theme = theme;
        _options = new TemplateOptionsBuilder
        {
            EscapeHtml = true,
            Loader = new ThemeTemplateLoader(theme),
            TimeProvider = FixedTimeProvider.FromEnvironment(),
        }.Build();
    }

    /// <summary>Called when a kept bridge serves another build: templates that failed are reported again.</summary>
    public void BeginBuild() => _attempts.Clear();

    /// <summary>Parses every template of the theme so that each syntax error is reported once, at its position.</summary>
    public void CheckSyntax(DiagnosticBag diagnostics)
    {
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var full = Path.Combine(_theme.Root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*.sbn").Order(StringComparer.Ordinal))
            {
                Get(folder + "/" + Path.GetFileName(file), diagnostics);
            }
        }
    }

    /// <summary>The parsed template, or null (reported) when it is missing or does not parse.</summary>
    /// <remarks>
    /// Good templates are kept for later builds; a missing or broken one is tried, and reported, once per build
    /// (see <see cref="BeginBuild"/>), however many pages ask for it at once.
    /// </remarks>
    public Template? Get(string themePath, DiagnosticBag diagnostics) =>
        _templates.TryGetValue(themePath, out var known)
            ? known
            : _attempts.GetOrAdd(themePath, path => new Lazy<Template?>(() => Load(path, diagnostics))).Value;

    private Template? Load(string themePath, DiagnosticBag diagnostics)
    {
        var text = _theme.ReadText(themePath);
        if (text is null)
        {
            diagnostics.Report(BuildDiagnosticCodes.MissingLayout, SourceLocation.StartOf(_theme.RelativeRoot), themePath);
            return null;
        }

        var template = Template.Parse(text, _theme.SitePath(themePath));
        foreach (var problem in template.Diagnostics)
        {
            diagnostics.Report(BuildDiagnosticCodes.TemplateSyntax, Location(problem.Span), problem.Message);
        }

        return template.HasErrors ? null : _templates.GetOrAdd(themePath, template);
    }

    /// <summary>Renders; a runtime error is reported at its template position and gives null.</summary>
    public string? Render(Template template, object model, string pageUrl, DiagnosticBag diagnostics)
    {
        try
        {
            return template.Render(model, _options);
        }
        catch (TemplateRuntimeException e)
        {
            diagnostics.Report(BuildDiagnosticCodes.TemplateRuntime, Location(e.Span), e.Reason, pageUrl);
            return null;
        }
    }

    /// <summary>As <see cref="Render"/>, into <paramref name="writer"/> instead of a string; false after a runtime error.</summary>
    public bool RenderTo(Template template, object model, string pageUrl, DiagnosticBag diagnostics, TextWriter writer)
    {
        try
        {
            template.RenderTo(new TemplateContext(_options) { Model = model }, writer);
            return true;
        }
        catch (TemplateRuntimeException e)
        {
            diagnostics.Report(BuildDiagnosticCodes.TemplateRuntime, Location(e.Span), e.Reason, pageUrl);
            return false;
        }
    }

    private static SourceLocation Location(SourceSpan span) =>
        new(span.Path, Math.Max(1, span.Line), Math.Max(1, span.Column));
}
