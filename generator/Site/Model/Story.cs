using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>
/// A story: <c>content/stories/&lt;slug&gt;.md</c>, Simplified Chinese, with front matter and a raw Markdown body.
/// Every front-matter list named after a dataset (<c>communities</c>, <c>stations</c>, <c>topics</c>, …) and the
/// single <c>district</c> are kept in <see cref="Mentions"/>, keyed by dataset id.
/// </summary>
/// <param name="Slug">The file name without extension; the story's URL segment.</param>
/// <param name="Title">Title.</param>
/// <param name="Date">Publication date, to the day or the month.</param>
/// <param name="Summary">One or two sentences shown in lists and feeds.</param>
/// <param name="Mentions">Dataset id → ids of the records the story links to, in the order written.</param>
/// <param name="Featured">Shown on the home page.</param>
/// <param name="Draft">Built only with <c>--drafts</c>.</param>
/// <param name="Body">The Markdown body, raw (raw HTML in it must be escaped when rendering).</param>
/// <param name="SourcePath">The file, relative to the site root.</param>
/// <param name="BodyLine">1-based line of the file where the body starts.</param>
/// <param name="English">The English translation, or null.</param>
public sealed record Story(
    string Slug,
    string Title,
    PartialDate Date,
    string Summary,
    ImmutableDictionary<string, ImmutableArray<string>> Mentions,
    bool Featured,
    bool Draft,
    string Body,
    string SourcePath,
    int BodyLine,
    Translation? English)
{
    /// <summary>The ids the story links to in a dataset; empty when none.</summary>
    public ImmutableArray<string> Mentioned(string dataset) =>
        Mentions.TryGetValue(dataset, out var ids) ? ids : [];

    /// <summary>True when the story links to record <paramref name="id"/> of <paramref name="dataset"/>.</summary>
    public bool MentionsRecord(string dataset, string id) => Mentioned(dataset).Contains(id);

    /// <summary>The district id, or null.</summary>
    public string? District => Mentioned("districts") is [var d, ..] ? d : null;

    /// <summary>Topic ids.</summary>
    public ImmutableArray<string> Topics => Mentioned("topics");

    /// <summary>Community ids.</summary>
    public ImmutableArray<string> Communities => Mentioned("communities");

    /// <summary>Station ids.</summary>
    public ImmutableArray<string> Stations => Mentioned("stations");

    /// <summary>Programme ids.</summary>
    public ImmutableArray<string> Programmes => Mentioned("programmes");

    /// <summary>Source ids; never empty in a valid site.</summary>
    public ImmutableArray<string> Sources => Mentioned("sources");
}
