using System.Runtime.CompilerServices;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Validate;

/// <summary>
/// Checks the front matter of stories and pages and of their translations: file names, known keys, required
/// keys, dates, that a story names its sources, and that every translation has an original. Only reports;
/// whether the named records exist is ReferenceValidator's job.
/// </summary>
public static class StoryValidator
{
    /// <summary>The story keys that are not dataset names. Any dataset id is also a key: a list of its ids.</summary>
    public static readonly string[] StoryKeys = ["title", "date", "summary", "district", "featured", "draft"];

    /// <summary>Keys of a story translation.</summary>
    public static readonly string[] TranslationKeys = ["title", "summary"];

    /// <summary>Keys of a page.</summary>
    public static readonly string[] PageKeys = ["title", "title_en"];

    /// <summary>Keys of a page translation.</summary>
    public static readonly string[] PageTranslationKeys = ["title"];

    private const string DateExpected = "a date (YYYY-MM-DD, YYYY-MM or YYYY)";

    /// <summary>Checks every story and page.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        var lists = site.Datasets.Select(d => d.Id).Where(d => d != "districts").ToList();
        var storyKeys = new HashSet<string>(StoryKeys.Concat(lists), StringComparer.Ordinal);
        var keyOrder = StoryKeys.Concat(lists).ToList();
        var context = string.Join(",", keyOrder);
        foreach (var story in site.Stories)
        {
            CheckName(story, site.Root, bag);
            Check(site, story, context, bag, (story, storyKeys, keyOrder, lists), static (s, b) =>
            {
                if (s.story.IsTranslation) CheckTranslation(s.story, TranslationKeys, b);
                else CheckStory(s.story, s.storyKeys, s.keyOrder, s.lists, b);
            });
        }
        foreach (var page in site.Pages)
        {
            CheckName(page, site.Root, bag);
            Check(site, page, "page", bag, page, static (p, b) => CheckTranslation(p, p.IsTranslation ? PageTranslationKeys : PageKeys, b));
        }
    }

    // Checks that depend only on the file (and the context) are done once per parsed file when loading through a cache.
    private static void Check<TState>(LoadedSite site, MarkdownFile file, string context, DiagnosticBag bag, TState state, Action<TState, DiagnosticBag> check)
    {
        if (site.Cache is not { } cache)
        {
            check(state, bag);
            return;
        }
        bag.AddRange(cache.Checks.Get(file, context, (state, check), static s =>
        {
            var own = new DiagnosticBag();
            s.check(s.state, own);
            return [.. own.ToArray()];
        }));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckStory(MarkdownFile story, HashSet<string> keys, List<string> keyOrder, List<string> lists, DiagnosticBag bag)
    {
        var fm = story.FrontMatter;
        foreach (var e in fm.Entries)
        {
            if (!keys.Contains(e.Key.Value)) YamlValues.ReportUnknown(e.Key, keyOrder, bag);
        }
        YamlValues.String(fm, "title", bag, required: true);
        YamlValues.String(fm, "summary", bag, required: true);
        YamlValues.String(fm, "district", bag);
        YamlValues.Boolean(fm, "featured", bag);
        YamlValues.Boolean(fm, "draft", bag);
        if (YamlValues.Required(fm, "date", DateExpected, bag) is { } dateNode)
        {
            if (dateNode is not YScalar date)
            {
                YamlValues.WrongType("date", "a date", dateNode, "2024-07-15", bag);
            }
            else if (!PartialDate.TryParse(date.Value, PartialDate.AnyPrecision, out _))
            {
                bag.Report(DiagnosticCodes.BadDate, date.Start, "date", date.Value, DateExpected);
            }
        }
        foreach (var dataset in lists) YamlValues.CheckStringList(fm, dataset, bag);
        var sources = fm.Get("sources");
        if (sources is null || sources is YScalar { IsNull: true } || sources is YSequence { Items.IsEmpty: true })
        {
            bag.Report(DiagnosticCodes.StoryWithoutSources, fm.Entry("sources")?.Key.Start ?? fm.Start);
        }
    }

    private static void CheckTranslation(MarkdownFile file, string[] keys, DiagnosticBag bag)
    {
        YamlValues.CheckKeys(file.FrontMatter, keys, bag);
        foreach (var key in keys)
        {
            if (key is "title" or "summary") YamlValues.String(file.FrontMatter, key, bag, required: true);
            else YamlValues.String(file.FrontMatter, key, bag);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckName(MarkdownFile file, string root, DiagnosticBag bag)
    {
        var start = SourceLocation.StartOf(file.Path);
        if (!Slug.IsValid(file.Slug) || (file.Language is not null && file.Language != "en"))
        {
            var name = file.Language is null ? file.Slug : $"{file.Slug}.{file.Language}";
            bag.Report(DiagnosticCodes.InvalidSlug, start, name);
            return;
        }
        if (!file.IsTranslation) return;
        // Look on disk, not among loaded files: an original that failed to load is reported on its own.
        var original = $"{file.Path[..file.Path.LastIndexOf('/')]}/{file.Slug}.md";
        if (!File.Exists(Path.Combine(root, original)))
        {
            bag.Report(DiagnosticCodes.OrphanTranslation, start, original);
        }
    }
}
