using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>Loads a whole site root: site.yml, data/, content/stories/, content/pages/.</summary>
public static class SiteLoader
{
    /// <summary>Folder of stories, relative to the root.</summary>
    public const string StoriesFolder = "content/stories";

    /// <summary>Folder of pages, relative to the root.</summary>
    public const string PagesFolder = "content/pages";

    private static readonly ContentFiles.Parser ConfigParser = (ctx, _) => new ConfigFile(SiteConfigLoader.Load(ctx, out var yaml), yaml);

    /// <summary>
    /// Reads everything; problems go to <see cref="LoadContext.Diagnostics"/>. With a <paramref name="cache"/>
    /// (kept between loads of the same site), only files that changed since the last load are read and parsed.
    /// </summary>
    public static LoadedSite Load(LoadContext ctx, LoadCache? cache = null)
    {
        ctx.Cache = cache;
        cache?.BeginLoad(ctx.Root, ctx.Options);
        try
        {
            var (config, configYaml) = LoadConfig(ctx);
            var site = new LoadedSite(
                ctx.Root,
                config,
                configYaml,
                DatasetLoader.LoadAll(ctx),
                StoryLoader.Load(ctx),
                PageLoader.Load(ctx),
                ctx.Sources) { Cache = cache };
            cache?.EndLoad();
            return site;
        }
        finally
        {
            ctx.Cache = null;
        }
    }

    private static (SiteConfig?, YMapping?) LoadConfig(LoadContext ctx)
    {
        if (!File.Exists(ctx.Full(SiteConfigLoader.FileName)))
        {
            ctx.Diagnostics.Report(DiagnosticCodes.MissingSiteConfig, SourceLocation.StartOf(SiteConfigLoader.FileName));
            return (null, null);
        }
        var file = ContentFiles.Read(ctx, new ContentFiles.Job(SiteConfigLoader.FileName, "config", ConfigParser));
        return ContentFiles.Take<ConfigFile>(ctx, file) is { } c ? (c.Config, c.Yaml) : (null, null);
    }

    private sealed record ConfigFile(SiteConfig? Config, YMapping? Yaml);
}
