using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Civic.Site.Render;

/// <summary>
/// Puts a code block's attributes (its <c>tabindex</c>) on the <c>pre</c>, where the scrolling happens, rather than on
/// the inner <c>code</c>. An extension, so that the renderers Markdig pools for the pipeline are set up with it once.
/// </summary>
internal sealed class PreAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } codeBlocks)
        {
            codeBlocks.OutputAttributesOnPre = true;
        }
    }
}
