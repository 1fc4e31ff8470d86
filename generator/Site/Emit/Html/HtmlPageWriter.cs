namespace Civic.Site.Emit.Html;

/// <summary>Writes the rendered pages, in parallel (each page is its own file).</summary>
public sealed class HtmlPageWriter : ISiteEmitter
{
    public string Name => "html";

    public void Emit(EmitContext context) =>
        Parallel.ForEach(context.Pages, page => context.Output.WriteText(page.OutputPath, page.Html));
}
