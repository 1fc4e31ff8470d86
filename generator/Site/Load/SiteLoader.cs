using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>Loads a whole site root: site.yml, data/, content/stories/, content/pages/, synonyms.yml.</summary>
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
            // Every file of the site is read in one parallel pass, so both cores stay busy from the first file to
            // the last; the results are then taken in the order the parts were always loaded in.
            var hasConfig = File.Exists(ctx.Full(SiteConfigLoader.FileName));
            var datasets = DatasetLoader.PlanAll(ctx);
            var stories = MarkdownFileLoader.Plan(ctx, StoriesFolder);
            var pages = MarkdownFileLoader.Plan(ctx, PagesFolder);
            var jobs = new List<ContentFiles.Job>(1 + datasets.Jobs.Count + stories.Length + pages.Length);
            if (hasConfig) jobs.Add(new ContentFiles.Job(SiteConfigLoader.FileName, "config", ConfigParser));
            jobs.AddRange(datasets.Jobs);
            jobs.AddRange(stories);
            jobs.AddRange(pages);
            ReadOnlySpan<ParsedFile> files = ContentFiles.ReadAll(ctx, jobs);

            var (config, configYaml) = TakeConfig(ctx, hasConfig ? files[0] : null);
            files = files[(hasConfig ? 1 : 0)..];
            var loadedDatasets = datasets.Assemble(ctx, files[..datasets.Jobs.Count]);
            files = files[datasets.Jobs.Count..];
            var loadedStories = MarkdownFileLoader.Assemble(ctx, files[..stories.Length]);
            var loadedPages = MarkdownFileLoader.Assemble(ctx, files[stories.Length..]);
            var synonyms = SynonymLoader.Load(ctx, config?.Languages ?? SiteConfigLoader.DefaultLanguages);
            var site = new LoadedSite(ctx.Root, config, configYaml, loadedDatasets, loadedStories, loadedPages, ctx.Sources)
            {
                Cache = cache, Synonyms = synonyms,
            };
            cache?.EndLoad();
            return site;
        }
        finally
        {
            ctx.Cache = null;
        }
    }

    private static (SiteConfig?, YMapping?) TakeConfig(LoadContext ctx, ParsedFile? file)
    {
        if (file is null)
        {
            ctx.Diagnostics.Report(DiagnosticCodes.MissingSiteConfig, SourceLocation.StartOf(SiteConfigLoader.FileName));
            return (null, null);
        }
        return ContentFiles.Take<ConfigFile>(ctx, file) is { } c ? (c.Config, c.Yaml) : (null, null);
    }

    private sealed record ConfigFile(SiteConfig? Config, YMapping? Yaml);
}
