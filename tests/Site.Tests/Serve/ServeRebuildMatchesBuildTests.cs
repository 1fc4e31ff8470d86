using Civic.Site.Tests.Render;
using Civic.TestKit;

namespace Civic.Site.Tests.Serve;

/// <summary>
/// A serve session reuses what it can between builds; after every kind of edit its output folder must still be,
/// byte for byte, what a one-off build of the same files writes, with the same diagnostics.
/// </summary>
public sealed class ServeRebuildMatchesBuildTests : IDisposable
{
    private const string Story = "content/stories/hanyang-dililiang.md";
    private readonly string _outputs = Directory.CreateTempSubdirectory("civic-serve-match-").FullName;

    public void Dispose() => Directory.Delete(_outputs, recursive: true);

    /// <param name="showPagesFirst">Serve's callbacks are set: pages are shown from memory before they are written.</param>
    /// <param name="toldChanges">The session is told which files changed, as serve's file watcher tells it, and looks at no other file's stamp.</param>
    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Every_rebuild_of_a_session_writes_what_a_fresh_build_writes(bool showPagesFirst, bool toldChanges)
    {
        using var site = BundledSite.Copy();
        var served = new BuildOptions(site.Root, Path.Combine(_outputs, "served"), "http://127.0.0.1/");
        IReadOnlyDictionary<string, byte[]>? shown = null;
        IReadOnlyDictionary<string, byte[]>? edited = null;
        var session = new BuildSession(keepPages: true)
        {
            RemovePreviousInBackground = true,
            PagesRendered = showPagesFirst ? pages => shown = pages : null,
            EditedPagesRendered = showPagesFirst ? pages => edited = pages : null,
        };
        AssertSame(served, BuildPipeline.Run(served, session), "first build", shown);
        Assert.Equal(showPagesFirst, shown is not null);
        Assert.Null(edited);

        // Edit: what it does, and the paths it changes (as the file watcher reports them). Edited: the story whose own
        // pages an edit to nothing but that story shows before any other page, or null.
        var edits = new (string Name, Func<string[]> Edit, bool Theme, string? Edited)[]
        {
            ("story body", () => Append(site, Story, "\n一段新的文字。\n"), false, "hanyang-dililiang"),
            ("story title", () => Replace(site, Story, "title: ", "title: 改稿："), false, "hanyang-dililiang"),
            ("title of a story on no list's first page", () => Replace(site, "content/stories/elevator-renewal.md", "title: ", "title: 旧电梯："), false, "elevator-renewal"),
            ("English title", () => Replace(site, "content/stories/hanyang-dililiang.en.md", "title: \"", "title: \"Edited "), false, "hanyang-dililiang"),
            ("story summary", () => Replace(site, Story, "summary: ", "summary: 摘要改了。"), false, "hanyang-dililiang"),
            ("unsafe link in a body", () => Append(site, Story, "\n[点我](javascript:alert(1))\n"), false, "hanyang-dililiang"),
            ("another story's body while the warning stands", () => Append(site, "content/stories/elevator-renewal.md", "\n又一段。\n"), false, "elevator-renewal"),
            ("story date", () => Replace(site, Story, "date: 2025-12-25", "date: 2024-01-02"), false, "hanyang-dililiang"),
            ("story topics", () => Replace(site, Story, "topics: [volunteer-service, new-employment, social-work]", "topics: [volunteer-service]"), false, "hanyang-dililiang"),
            ("record in data/", () => Replace(site, "data/stations/chunhe-centre.yml", "春和社区党员群众服务中心", "春和社区党员群众服务中心（新名）"), false, null),
            ("theme template", () => Replace(site, "themes/default/layouts/story.sbn", "</article>", "<p>模板改了</p></article>"), true, null),
            ("new story", () =>
            {
                site.Write("content/stories/a-new-story.md", site.Read(Story).Replace("title: ", "title: 新故事", StringComparison.Ordinal).Replace("featured: true", "featured: false", StringComparison.Ordinal));
                return ["content/stories/a-new-story.md"];
            }, false, "a-new-story"),
            ("new story's title", () => Replace(site, "content/stories/a-new-story.md", "title: ", "title: 再改"), false, "a-new-story"),
            ("deleted story", () =>
            {
                File.Delete(Path.Combine(site.Root, "content/stories/elevator-renewal.md"));
                File.Delete(Path.Combine(site.Root, "content/stories/elevator-renewal.en.md"));
                return ["content/stories/elevator-renewal.md", "content/stories/elevator-renewal.en.md"];
            }, false, null),
            ("deleted new story", () =>
            {
                File.Delete(Path.Combine(site.Root, "content/stories/a-new-story.md"));
                return ["content/stories/a-new-story.md"];
            }, false, null),
        };

        foreach (var (name, edit, theme, editedStory) in edits)
        {
            var changed = edit();
            if (theme)
            {
                session.ThemeChanged();
            }

            session.Changes = toldChanges ? changed.ToHashSet(StringComparer.Ordinal) : null;

            (shown, edited) = (null, null);
            var result = BuildPipeline.Run(served, session);
            Assert.Equal(showPagesFirst, shown is not null);
            AssertSame(served, result, name, shown);

            // An edit to one story shows its own pages first, in both languages, as they are then written.
            Assert.True((showPagesFirst && editedStory is not null) == edited is not null, $"{name}: the story's pages were {(edited is null ? "not " : string.Empty)}shown first");
            if (edited is not null)
            {
                Assert.Equal([$"en/stories/{editedStory}/index.html", $"stories/{editedStory}/index.html"], edited.Keys.Order(StringComparer.Ordinal));
                Assert.All(edited, page => Assert.Equal(File.ReadAllBytes(Path.Combine(result.OutputDir, page.Key)), page.Value));
            }
        }
    }

    private static string[] Replace(TempSite site, string path, string old, string replacement)
    {
        var text = site.Read(path);
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"{path} has no '{old}'");
        var at = text.IndexOf(old, StringComparison.Ordinal);
        site.Write(path, text[..at] + replacement + text[(at + old.Length)..]);
        return [path];
    }

    private static string[] Append(TempSite site, string path, string text)
    {
        site.Write(path, site.Read(path) + text);
        return [path];
    }

    private void AssertSame(BuildOptions served, BuildResult result, string edit, IReadOnlyDictionary<string, byte[]>? shown)
    {
        Assert.True(result.Succeeded, $"{edit}: the serve build failed: {string.Join("\n", result.Diagnostics)}");
        var got = BundledSite.Snapshot(result.OutputDir);

        // What serve showed from memory before writing is what it wrote: every page, and nothing else.
        if (shown is not null)
        {
            AssertFiles(
                new SortedDictionary<string, byte[]>(got.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal),
                new SortedDictionary<string, byte[]>(shown.ToDictionary(), StringComparer.Ordinal),
                edit + " (pages shown from memory)");
        }

        // A new serve session reuses nothing: everything must match, the search index's compression included.
        var fresh = Build(served, new BuildSession(keepPages: true), edit);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fresh.PageCount, result.PageCount);
        AssertFiles(BundledSite.Snapshot(fresh.OutputDir), got, edit + " (against a new serve session)");

        // A one-off build compresses the search index harder (serve favours rebuild speed there, never content);
        // every other file is the same.
        var oneOff = Build(served, new BuildSession(), edit);
        Assert.Equal(oneOff.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        AssertFiles(WithoutSearchIndex(BundledSite.Snapshot(oneOff.OutputDir)), WithoutSearchIndex(got), edit + " (against a one-off build)");
        Directory.Delete(fresh.OutputDir, recursive: true);
        Directory.Delete(oneOff.OutputDir, recursive: true);
    }

    private BuildResult Build(BuildOptions served, BuildSession session, string edit)
    {
        var options = served with { OutputDir = Path.Combine(_outputs, "fresh-" + Guid.NewGuid().ToString("N")[..8]) };
        var result = BuildPipeline.Run(options, session);
        Assert.True(result.Succeeded, $"{edit}: the fresh build failed: {string.Join("\n", result.Diagnostics)}");
        return result;
    }

    // The index and every language's manifest of it (search/index.json, en/search/index.json), not the search pages.
    private static SortedDictionary<string, byte[]> WithoutSearchIndex(SortedDictionary<string, byte[]> files) =>
        new(files.Where(f => !f.Key.Split('/').Contains("search") || f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);

    private static void AssertFiles(SortedDictionary<string, byte[]> want, SortedDictionary<string, byte[]> got, string edit)
    {
        Assert.True(want.Keys.SequenceEqual(got.Keys), $"{edit}: missing {string.Join(", ", want.Keys.Except(got.Keys).Take(5))}; extra {string.Join(", ", got.Keys.Except(want.Keys).Take(5))}");
        var differing = want.Keys.Where(k => !want[k].AsSpan().SequenceEqual(got[k])).ToList();
        Assert.True(differing.Count == 0, $"{edit}: {differing.Count} files differ, e.g. {string.Join(", ", differing.Take(5))}");
    }
}
