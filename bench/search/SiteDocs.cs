using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.SearchBench;

/// <summary>Reads the entries of a docs.json written by ../site-docs.mjs (url, type, district, topics, date per page).</summary>
internal static class SiteDocs
{
    public static string Url(JsonElement entry) => entry.GetProperty("url").GetString()!;

    /// <summary>The document the build would index for <paramref name="entry"/>, with the page's extracted title and text.</summary>
    public static SearchDocument Document(JsonElement entry, string title, string text)
    {
        var district = entry.GetProperty("district");
        return new SearchDocument(
            Url(entry),
            "zh-Hans",
            Enum.Parse<SearchDocumentType>(entry.GetProperty("type").GetString()!, ignoreCase: true),
            title,
            text,
            district.ValueKind == JsonValueKind.Null
                ? null
                : new SearchFacetValue(district.GetProperty("id").GetString()!, district.GetProperty("name").GetString()!),
            entry.GetProperty("topics").EnumerateArray()
                .Select(t => new SearchFacetValue(t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!))
                .ToList(),
            entry.TryGetProperty("date", out var date) ? date.GetString() : null);
    }
}
