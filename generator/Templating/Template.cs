using Civic.Templating.Parsing;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating;

/// <summary>
/// A parsed template: immutable, so one instance can be rendered from many threads at once, each render with its
/// own <see cref="TemplateContext"/>. Parse problems are reported in <see cref="Diagnostics"/>, never thrown.
/// </summary>
public sealed partial class Template
{
    private int[]? _lineStarts;

    private Template(string path, string text, BlockStatement body, IReadOnlyList<TemplateDiagnostic> diagnostics)
    {
        Path = path;
        Text = text;
        Body = body;
        Diagnostics = diagnostics;
    }

    /// <summary>The path given to <see cref="Parse"/>, used in every message.</summary>
    public string Path { get; }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>Parse problems, in source order.</summary>
    public IReadOnlyList<TemplateDiagnostic> Diagnostics { get; }

    /// <summary>True if parsing found an error; such a template cannot be rendered.</summary>
    public bool HasErrors => Diagnostics.Count > 0;

    /// <summary>The syntax tree.</summary>
    public BlockStatement Body { get; }

    /// <summary>Parses Scriban-language text. <paramref name="path"/> names the template in messages.</summary>
    public static Template Parse(string text, string path = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text, path);
        var body = parser.ParseTemplate();
        return new Template(path, text, body, parser.Diagnostics);
    }

    /// <summary>
    /// Renders with a fresh context; the members of <paramref name="model"/> (a <see cref="ScriptObject"/>, a
    /// dictionary or any .NET object, read in snake_case) are visible as global variables.
    /// </summary>
    /// <exception cref="TemplateRuntimeException">A runtime error in the template, with its position.</exception>
    public string Render(object? model = null, TemplateOptions? options = null)
    {
        var context = new TemplateContext(options) { Model = model };
        return Render(context);
    }

    /// <summary>Renders with a prepared context (host globals set on <see cref="TemplateContext.Globals"/>).</summary>
    /// <exception cref="TemplateRuntimeException">A runtime error in the template, with its position.</exception>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw new InvalidOperationException($"The template `{Path}` has parse errors; check Diagnostics before rendering.");
        }

        RenderInto(context);
        return context.Output.Release();
    }

    /// <summary>
    /// Renders with a prepared context straight into <paramref name="writer"/>, without building the page as one
    /// string (a large page would otherwise be a large-object allocation). The context's output is handed over and
    /// emptied.
    /// </summary>
    /// <exception cref="TemplateRuntimeException">A runtime error in the template, with its position.</exception>
    public void RenderTo(TemplateContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        if (HasErrors)
        {
            throw new InvalidOperationException($"The template `{Path}` has parse errors; check Diagnostics before rendering.");
        }

        RenderInto(context);
        context.Output.Drain(writer);
    }

    /// <summary>Runs the body into the context's current output (used by include too).</summary>
    internal void RenderInto(TemplateContext context)
    {
        var previous = context.CurrentTemplate;
        context.CurrentTemplate = this;
        try
        {
            Body.Execute(context);
        }
        finally
        {
            context.CurrentTemplate = previous;
        }
    }

    /// <summary>The full source line holding <paramref name="span"/>, without its line break.</summary>
    internal string GetSourceLine(SourceSpan span)
    {
        if (span.Path != Path)
        {
            return string.Empty;
        }

        _lineStarts ??= ComputeLineStarts(Text);
        var line = Math.Clamp(span.Line, 1, _lineStarts.Length) - 1;
        var start = _lineStarts[line];
        var end = Text.IndexOf('\n', start);
        return Text[start..(end < 0 ? Text.Length : end)].TrimEnd('\r');
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
