using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Civic.Site.Emit.Sitemap;

/// <summary>
/// The sitemap emitter: <c>/sitemap.xml</c> (sitemaps.org 0.9, absolute URLs, <c>lastmod</c> from content dates; a
/// site over 50,000 URLs would need a sitemap index, which this writer refuses rather than write an invalid file)
/// and <c>/robots.txt</c> with the <c>Sitemap:</c> line.
/// </summary>
public sealed class SitemapWriter : ISiteEmitter
{
    /// <summary>Most URLs one sitemap file may list.</summary>
    public const int MaxUrls = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <inheritdoc/>
    public string Name => "sitemap";

    /// <inheritdoc/>
    public void Emit(EmitContext context)
    {
        var entries = SitemapBuilder.Entries(context.Model, context.Index.Stories, context.Pages, context.Urls);
        context.Output.WriteText("sitemap.xml", Sitemap(entries));
        context.Output.WriteText("robots.txt", Robots(context.Urls.BaseUrl));
    }

    /// <summary>The sitemap XML.</summary>
    public static string Sitemap(IReadOnlyList<SitemapEntry> entries)
    {
        if (entries.Count > MaxUrls)
        {
            throw new InvalidOperationException($"{entries.Count} URLs exceed the {MaxUrls} a sitemap may list; a sitemap index is needed.");
        }

        var urlset = new XElement(
            Ns + "urlset",
            entries.Select(e => new XElement(
                Ns + "url",
                new XElement(Ns + "loc", e.Url),
                e.LastModified is { } d ? new XElement(Ns + "lastmod", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), urlset).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>robots.txt: everything may be crawled; where the sitemap is.</summary>
    public static string Robots(string baseUrl)
    {
        baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        return $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n";
    }
}
