using System.Collections.Immutable;

namespace Civic.Site.Load;

/// <summary>Loads <c>content/stories/*.md</c>; their front matter is checked by StoryValidator.</summary>
public static class StoryLoader
{
    /// <summary>Every story file, translations included, in file-name order.</summary>
    public static ImmutableArray<MarkdownFile> Load(LoadContext ctx) =>
        MarkdownFileLoader.LoadFolder(ctx, SiteLoader.StoriesFolder);
}
