using System.Collections.Concurrent;
using Civic.Site.Model;
using Civic.Templating.Runtime.Values;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    private const int HomeStories = 6;

    // The records a story's facts box links, in the order it shows them.
    private static readonly string[] FactDatasets = ["communities", "stations", "programmes", "topics"];

    // A story's card shows on a story list page, on each of its districts', topics' and records' pages and as a related
    // story: made once per language and shared, read-only, by those pages.
    private readonly ConcurrentDictionary<Story, SharedMembers> _cards = new(ReferenceEqualityComparer.Instance);

    public Dictionary<string, object?> Home()
    {
        var featured = _index.Stories.Where(s => s.Featured).Take(HomeStories).ToList();
        var latest = _index.Stories.Where(s => !featured.Contains(s)).Take(HomeStories).ToList();
        var types = new List<object?> { TypeEntry(T("stories"), _urls.Stories(Language), _index.Stories.Length) };
        types.AddRange(RecordPageDatasets().Select(d => (object?)TypeEntry(T(d.Id, d.Title.Get(Language)), _urls.RecordList(Language, d.Id), d.Records.Length)));
        types.Add(TypeEntry(T("datasets"), _urls.DataCatalogue(Language), _model.Datasets.Length));

        var page = Page("home", "home", (string)_site["title"]!, null, _urls.Home);
        return Frame(page, new(FrameCapacity)
        {
            ["featured"] = featured.Select(StoryCard).ToList<object?>(),
            ["latest"] = latest.Select(StoryCard).ToList<object?>(),
            ["indicators"] = Indicators(r => r.GetString("scope") == "city").Take(8).ToList<object?>(),
            ["districts"] = TermLinks("districts", withStoriesOnly: true),
            ["topics"] = TermLinks("topics", withStoriesOnly: true),
            ["types"] = types,
        });
    }

    public Dictionary<string, object?> StoryList(int pageNumber, int pageCount, IReadOnlyList<Story> stories)
    {
        var title = T("stories");
        var page = Page("story-list", "stories", pageNumber > 1 ? title + " · " + TFormat("page_n", pageNumber) : title, null,
            l => _urls.Stories(l, pageNumber), crumbs: pageNumber > 1 ? [(title, _urls.Stories(Language))] : [], heading: title);
        return Frame(page, new(FrameCapacity)
        {
            ["stories"] = stories.Select(StoryCard).ToList<object?>(),
            ["pagination"] = Pagination(pageNumber, pageCount, n => _urls.Stories(Language, n)),
        });
    }

    public Dictionary<string, object?> StoryPage(Story story)
    {
        var translated = !IsDefaultLanguage && story.English is not null;
        var lang = translated ? Language : Zh;
        var title = translated ? story.English!.Title : story.Title;
        var summary = translated ? story.English!.Summary ?? story.Summary : story.Summary;
        var body = translated ? RenderMarkdown(story.English!.Body, story.English.SourcePath) : RenderMarkdown(story.Body, story.SourcePath);

        var facts = new List<object?>(FactDatasets.Length);
        foreach (var dataset in FactDatasets)
        {
            var items = new List<object?>();
            foreach (var id in story.Mentioned(dataset))
            {
                if (RecordLink(dataset, id) is { } link && !items.Contains(link))
                {
                    items.Add(link);
                }
            }

            if (items.Count > 0)
            {
                facts.Add(new Dictionary<string, object?>(2) { ["title"] = T(dataset, _model.Dataset(dataset)?.Title.Get(Language) ?? dataset), ["items"] = items });
            }
        }

        var model = new Dictionary<string, object?>(12)
        {
            ["slug"] = story.Slug,
            ["title"] = title,
            ["lang"] = lang,
            ["date"] = story.Date.ToString(),
            ["date_display"] = DateDisplay(story.Date),
            ["summary"] = summary,
            ["body"] = body,
            ["translation_missing"] = !IsDefaultLanguage && story.English is null,
            ["district"] = story.District is { } d ? RecordLink("districts", d) : null,
            ["facts"] = facts,
            ["sources"] = Sources(story.Sources),
            ["related"] = _index.Related(story.Slug).Select(StoryCard).ToList<object?>(),
        };
        var page = Page("story", "stories", title, lang, l => _urls.Story(l, story.Slug), summary, [(T("stories"), _urls.Stories(Language))],
            source: translated ? story.English!.SourcePath : story.SourcePath);
        return Frame(page, new(FrameCapacity) { ["story"] = model });
    }

    private Dictionary<string, object?> StoryCard(Story story) => _cards.GetOrAdd(story, NewStoryCard);

    private SharedMembers NewStoryCard(Story story)
    {
        var translated = !IsDefaultLanguage && story.English is not null;
        return new SharedMembers(7)
        {
            ["title"] = translated ? story.English!.Title : story.Title,
            ["url"] = _urls.Story(Language, story.Slug),
            ["lang"] = translated ? Language : Zh,
            ["date"] = story.Date.ToString(),
            ["date_display"] = DateDisplay(story.Date),
            ["summary"] = translated ? story.English!.Summary ?? story.Summary : story.Summary,
            ["district"] = story.District is { } d ? RecordLink("districts", d) : null,
        };
    }

    private static Dictionary<string, object?> TypeEntry(string title, string url, int count) => new()
    {
        ["title"] = title,
        ["url"] = url,
        ["count"] = count,
    };
}
