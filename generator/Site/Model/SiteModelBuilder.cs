using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Validate;

namespace Civic.Site.Model;

/// <summary>
/// Freezes loaded, validated content into a <see cref="SiteModel"/>. <see cref="Load"/> is the one call that
/// runs Load → Validate → Model for a site root.
/// </summary>
public static class SiteModelBuilder
{
    // Below this many stories, starting threads costs more than it saves.
    private const int ParallelFrom = 64;

    /// <summary>
    /// Loads and validates the site at <paramref name="root"/>; the model is null when there are errors. A
    /// <paramref name="cache"/> kept between calls makes a reload read only the files that changed.
    /// </summary>
    public static SiteLoadResult Load(string root, LoadOptions? options = null, LoadCache? cache = null)
    {
        var ctx = LoadContext.Create(root, options);
        var site = SiteLoader.Load(ctx, cache);
        SiteValidator.Validate(site, ctx.Diagnostics);
        var model = ctx.Diagnostics.HasErrors ? null : Build(site);
        return new SiteLoadResult(model, ctx.Diagnostics.ToSortedArray(), ctx.Sources);
    }

    /// <summary>Builds the model of a site that validated without errors.</summary>
    public static SiteModel Build(LoadedSite site)
    {
        var config = site.Config ?? throw new InvalidOperationException("the site has no usable site.yml");
        var datasetIds = site.Datasets.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var datasetKey = string.Join(",", site.Datasets.Select(d => d.Id));
        var storyTranslations = English(site.Stories);
        var pageTranslations = English(site.Pages);
        // The datasets are built while the stories are.
        var datasets = Task.Run(() => site.Datasets.Select(d => BuildDataset(d, site.Cache)).ToList());
        var originals = site.Stories.Where(s => !s.IsTranslation).ToArray();
        var stories = new Story[originals.Length];
        // Each story is built on its own; the order of the array is the order of the files either way.
        if (originals.Length < ParallelFrom)
        {
            for (var i = 0; i < originals.Length; i++) stories[i] = StoryOf(site, originals[i], storyTranslations, datasetKey, datasetIds);
        }
        else
        {
            Parallel.For(0, originals.Length, i => stories[i] = StoryOf(site, originals[i], storyTranslations, datasetKey, datasetIds));
        }
        var pages = new List<ContentPage>(site.Pages.Length);
        foreach (var p in site.Pages)
        {
            if (!p.IsTranslation) pages.Add(BuildPage(p, pageTranslations.GetValueOrDefault(p.Slug)));
        }
        return new SiteModel(site.Root, config, datasets.GetAwaiter().GetResult(), stories, pages) { Synonyms = site.Synonyms };
    }

    private static Story StoryOf(LoadedSite site, MarkdownFile s, Dictionary<string, MarkdownFile> translations, string datasetKey, HashSet<string> datasetIds)
    {
        var en = translations.GetValueOrDefault(s.Slug);
        return site.Cache is { } cache
            ? cache.Stories.Get(s, (en, datasetKey), (s, en, datasetIds), static x => BuildStory(x.s, x.en, x.datasetIds))
            : BuildStory(s, en, datasetIds);
    }

    // The first English file of each slug, as a scan of the files in order would find it.
    private static Dictionary<string, MarkdownFile> English(IEnumerable<MarkdownFile> files)
    {
        var bySlug = new Dictionary<string, MarkdownFile>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (f.Language == "en") bySlug.TryAdd(f.Slug, f);
        }
        return bySlug;
    }

    private static Dataset BuildDataset(LoadedDataset loaded, LoadCache? cache)
    {
        var d = loaded.Definition ?? throw new InvalidOperationException($"dataset {loaded.Id} has no definition");
        var records = loaded.Records.Select(r => cache is null ? BuildRecord(d, r) : cache.Records.Get(r, d, (d, r), static x => BuildRecord(x.d, x.r)));
        return new Dataset(d.Id, d.Title, d.Description, d.Licence, d.Version, d.PrimaryKey, d.TitleField,
            d.TitleFieldEn, d.Fields, records, d.SourcePath);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DataRecord BuildRecord(DatasetDefinition d, RecordFile r)
    {
        var ignored = new DiagnosticBag();
        var values = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var field in d.Fields)
        {
            if (r.Yaml.Get(field.Name) is { } node && RecordValueReader.Read(field, node, ignored) is { } v)
            {
                values[field.Name] = v;
            }
        }
        var id = values.TryGetValue(d.PrimaryKey, out var pk) ? (string)pk : r.FileId;
        var zh = values.TryGetValue(d.TitleField, out var t) ? Convert.ToString(t, System.Globalization.CultureInfo.InvariantCulture) ?? id : id;
        var en = d.TitleFieldEn is not null && values.TryGetValue(d.TitleFieldEn, out var te) ? te as string : null;
        return new DataRecord(d.Id, id, new LocalizedText(zh, en), values.ToImmutable(), r.Path);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Story BuildStory(MarkdownFile file, MarkdownFile? en, HashSet<string> datasets)
    {
        var fm = file.FrontMatter;
        var mentions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var e in fm.Entries)
        {
            var target = e.Key.Value == "district" ? "districts" : e.Key.Value;
            if (!datasets.Contains(target)) continue;
            mentions[target] = e.Value switch
            {
                YScalar { IsNull: false } s => [s.Value],
                YSequence seq => Values(seq),
                _ => [],
            };
        }
        PartialDate.TryParse(Text(fm, "date")!, PartialDate.AnyPrecision, out var date);
        return new Story(
            file.Slug, Text(fm, "title")!, date, Text(fm, "summary")!, mentions.ToImmutable(),
            Flag(fm, "featured"), Flag(fm, "draft"), file.Body, file.Path, file.BodyLine,
            en is null ? null : new Translation(Text(en.FrontMatter, "title")!, Text(en.FrontMatter, "summary"), en.Body, en.Path, en.BodyLine));
    }

    // The texts of the list's single values, in order.
    private static ImmutableArray<string> Values(YSequence seq)
    {
        var count = 0;
        foreach (var item in seq.Items)
        {
            if (item is YScalar) count++;
        }
        if (count == 0) return [];
        var values = new string[count];
        var next = 0;
        foreach (var item in seq.Items)
        {
            if (item is YScalar s) values[next++] = s.Value;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    private static ContentPage BuildPage(MarkdownFile file, MarkdownFile? en)
    {
        var translation = en is null ? null : new Translation(Text(en.FrontMatter, "title")!, null, en.Body, en.Path, en.BodyLine);
        var title = new LocalizedText(Text(file.FrontMatter, "title")!, Text(file.FrontMatter, "title_en") ?? translation?.Title);
        return new ContentPage(file.Slug, title, file.Body, file.Path, file.BodyLine, translation);
    }

    private static string? Text(YMapping map, string key) => map.Get(key) is YScalar { IsNull: false } s ? s.Value : null;

    /// <summary>A front-matter flag: only a plain true sets it (as validation checks it).</summary>
    internal static bool Flag(YMapping map, string key) => map.Get(key) is YScalar s && s.TryBoolean(out var b) && b;
}
