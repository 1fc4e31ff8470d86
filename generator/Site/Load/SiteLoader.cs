namespace Civic.Site.Load;

/// <summary>Loads a whole site root: site.yml, data/, content/stories/, content/pages/.</summary>
public static class SiteLoader
{
    /// <summary>Folder of stories, relative to the root.</summary>
    public const string StoriesFolder = "content/stories";

    /// <summary>Folder of pages, relative to the root.</summary>
    public const string PagesFolder = "content/pages";

    /// <summary>Reads everything; problems go to <see cref="LoadContext.Diagnostics"/>.</summary>
    public static LoadedSite Load(LoadContext ctx) => new(
        ctx.Root,
        SiteConfigLoader.Load(ctx),
        DatasetLoader.LoadAll(ctx),
        StoryLoader.Load(ctx),
        PageLoader.Load(ctx),
        ctx.Sources);
}
