using System.Globalization;
using Civic.Site.Model;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    // Back-links are secondary on a record page: a community named in a few dozen stories keeps them on one page.
    private const int MinRecordStoriesPerPage = 50;

    /// <summary>Stories per page on the story list (site.yml stories_per_page).</summary>
    public int StoriesPerPage => Math.Max(1, _model.Config.StoriesPerPage);

    /// <summary>
    /// Stories per page on district and topic pages (site.yml term_stories_per_page, 50 by default): each page repeats
    /// the header and footer (about 4.5 KB), and at 10 a 10,000-story site got 7,000 more pages and 10% more bytes.
    /// </summary>
    public int TermStoriesPerPage => Math.Max(1, _model.Config.TermStoriesPerPage);

    /// <summary>Stories per page in the back-links of a community, station or programme page.</summary>
    public int RecordStoriesPerPage => Math.Max(StoriesPerPage, MinRecordStoriesPerPage);

    /// <summary>How many pages a list of <paramref name="items"/> takes; an empty list still has its first page.</summary>
    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The story cards of one page of a list, without copying the rest of the list.</summary>
    private List<object?> StoryCards(IReadOnlyList<Story> stories, int pageNumber, int perPage)
    {
        var start = Math.Min(stories.Count, (Math.Max(1, pageNumber) - 1) * perPage);
        var end = Math.Min(stories.Count, start + perPage);
        var cards = new List<object?>(end - start);
        for (var i = start; i < end; i++)
        {
            cards.Add(StoryCard(stories[i]));
        }

        return cards;
    }

    /// <summary>The pagination partial's variables; <paramref name="urlOf"/> gives the URL of page n in this language.</summary>
    private Dictionary<string, object?> Pagination(int current, int total, Func<int, string> urlOf)
    {
        // A window around the current page plus the first and last keeps 1,000 list pages from linking each other;
        // a gap item stands where pages are left out, so "1 2 3 6" does not read as if 4 and 5 did not exist.
        var pages = new List<object?>();
        var previous = 0;
        for (var n = 1; n <= total; n++)
        {
            if (n == 1 || n == total || Math.Abs(n - current) <= 2)
            {
                if (n > previous + 1)
                {
                    pages.Add(new Dictionary<string, object?> { ["gap"] = true });
                }

                previous = n;
                pages.Add(new Dictionary<string, object?>
                {
                    ["number"] = n,
                    ["url"] = urlOf(n),
                    ["label"] = TFormat("page_n", n),
                    ["current"] = n == current,
                });
            }
        }

        return new Dictionary<string, object?>
        {
            ["current"] = current,
            ["total"] = total,
            ["label"] = TFormat("page_n_of", current).Replace("{total}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            ["prev"] = current > 1 ? urlOf(current - 1) : null,
            ["next"] = current < total ? urlOf(current + 1) : null,
            ["pages"] = pages,
        };
    }
}
