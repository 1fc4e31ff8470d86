using Civic.Site.Model;

namespace Civic.Site.Render;

/// <summary>Lists every page of the site, in every language, in a stable order.</summary>
public static class PagePlanner
{
    /// <param name="storiesOnly">
    /// When set, only the pages of these stories (by slug), in every language: serve renders an edited story's own
    /// pages before it plans the rest of the site.
    /// </param>
    public static IReadOnlyList<PageJob> Plan(
        SiteModel model, SiteIndex index, SiteUrls urls, ThemeFiles theme, RenderSettings settings, MarkdownCache markdown,
        IReadOnlySet<string>? storiesOnly = null)
    {
        var jobs = new List<PageJob>();
        // A layout's theme path and site path, made once: tens of thousands of pages share a handful of layouts.
        var layouts = new Dictionary<string, (string Theme, string Site)>(StringComparer.Ordinal);
        foreach (var language in urls.Languages)
        {
            var pages = new PageModels(model, index, urls, theme, language, settings, markdown);
            void Add(string kind, string url, string layout, string source, Func<Dictionary<string, object?>> build, string? story = null, Action? warnings = null)
            {
                if (!layouts.TryGetValue(layout, out var path))
                {
                    layouts[layout] = path = ("layouts/" + layout + ".sbn", theme.SitePath("layouts/" + layout + ".sbn"));
                }

                jobs.Add(new PageJob(kind, language, url, urls.OutputPath(url), path.Theme, source.Length == 0 ? path.Site : source, build)
                    { Story = story, ReportWarnings = warnings });
            }

            // The body a story or content page shows (as PageModels picks it), for its warnings when its variables are reused.
            Action Warnings(string body, string sourcePath) => () => markdown.Render(body, urls.BasePath, sourcePath);

            void AddStory(Story story)
            {
                var translated = language != urls.DefaultLanguage && story.English is not null;
                var source = translated ? story.English!.SourcePath : story.SourcePath;
                Add("story", urls.Story(language, story.Slug), "story", source, () => pages.StoryPage(story), story.Slug,
                    Warnings(translated ? story.English!.Body : story.Body, source));
            }

            if (storiesOnly is not null)
            {
                foreach (var story in index.Stories.Where(s => storiesOnly.Contains(s.Slug)))
                {
                    AddStory(story);
                }

                continue;
            }

            Add("home", urls.Home(language), "home", string.Empty, pages.Home);

            var perPage = pages.StoriesPerPage;
            var pageCount = PageModels.PageCount(index.Stories.Length, perPage);
            for (var n = 1; n <= pageCount; n++)
            {
                var number = n;
                var slice = index.Stories.Skip((n - 1) * perPage).Take(perPage).ToList();
                Add("story-list", urls.Stories(language, n), "story-list", string.Empty, () => pages.StoryList(number, pageCount, slice));
            }

            foreach (var story in index.Stories)
            {
                AddStory(story);
            }

            foreach (var dataset in model.Config.RecordPages.Select(model.Dataset).OfType<Dataset>())
            {
                Add("record-list", urls.RecordList(language, dataset.Id), "record-list", dataset.SourcePath, () => pages.RecordList(dataset));
                foreach (var record in dataset.Records)
                {
                    // Later pages of a record's back-links are not search results: their kind tells the search index so.
                    var count = PageModels.PageCount(index.Mentioning(dataset.Id, record.Id).Count, pages.RecordStoriesPerPage);
                    for (var n = 1; n <= count; n++)
                    {
                        var number = n;
                        Add(n == 1 ? "record" : "record-page", urls.Record(language, dataset.Id, record.Id, n), "record", record.SourcePath,
                            () => pages.RecordPage(dataset, record, number));
                    }
                }
            }

            foreach (var dataset in PageModels.TermDatasets.Where(d => !model.Config.RecordPages.Contains(d)).Select(model.Dataset).OfType<Dataset>())
            {
                Add("term-list", urls.RecordList(language, dataset.Id), "term-list", dataset.SourcePath, () => pages.TermList(dataset));
                foreach (var record in dataset.Records)
                {
                    var count = PageModels.PageCount(index.Mentioning(dataset.Id, record.Id).Count, pages.TermStoriesPerPage);
                    for (var n = 1; n <= count; n++)
                    {
                        var number = n;
                        Add(n == 1 ? "term" : "term-page", urls.Record(language, dataset.Id, record.Id, n), "term", record.SourcePath,
                            () => pages.TermPage(dataset, record, number));
                    }
                }
            }

            Add("data-catalogue", urls.DataCatalogue(language), "data-catalogue", string.Empty, pages.DataCatalogue);
            foreach (var dataset in model.Datasets)
            {
                Add("dataset", urls.Dataset(language, dataset.Id), "dataset", dataset.SourcePath, () => pages.DatasetPage(dataset));
            }

            foreach (var page in model.Pages)
            {
                var translated = language != urls.DefaultLanguage && page.English is not null;
                var source = translated ? page.English!.SourcePath : page.SourcePath;
                Add("page", urls.Page(language, page.Slug), "page", source, () => pages.ContentPageModel(page), null,
                    Warnings(translated ? page.English!.Body : page.Body, source));
            }

            if (theme.Exists("layouts/search.sbn"))
            {
                Add("search", urls.Search(language), "search", string.Empty, pages.Search);
            }

            Add("404", urls.NotFound(language), "404", string.Empty, pages.NotFound);
        }

        return jobs;
    }
}
