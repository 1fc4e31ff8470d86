using System.Globalization;
using System.Text;
using System.Xml;

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

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <inheritdoc/>
    public string Name => "sitemap";

    /// <inheritdoc/>
    public void Emit(EmitContext context)
    {
        var entries = SitemapBuilder.Entries(context.Model, context.Index.Stories, context.Pages, context.Urls);
        using var sitemap = Write(entries);
        context.Output.WriteBytes("sitemap.xml", sitemap.GetBuffer().AsSpan(0, (int)sitemap.Length));
        context.Output.WriteText("robots.txt", Robots(context.Urls.BaseUrl));
    }

    /// <summary>The sitemap XML.</summary>
    public static string Sitemap(IReadOnlyList<SitemapEntry> entries)
    {
        using var stream = Write(entries);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // Streamed through an XmlWriter: a site of 10,000 stories has some 26,000 URLs, too many to build a tree for.
    private static MemoryStream Write(IReadOnlyList<SitemapEntry> entries)
    {
        if (entries.Count > MaxUrls)
        {
            throw new InvalidOperationException($"{entries.Count} URLs exceed the {MaxUrls} a sitemap may list; a sitemap index is needed.");
        }

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        var stream = new MemoryStream(256 + (entries.Count * 96));
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Ns);
            foreach (var e in entries)
            {
                writer.WriteStartElement("url", Ns);
                writer.WriteElementString("loc", Ns, e.Url);
                if (e.LastModified is { } d)
                {
                    writer.WriteElementString("lastmod", Ns, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream;
    }

    /// <summary>robots.txt: everything may be crawled; where the sitemap is.</summary>
    public static string Robots(string baseUrl)
    {
        baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        return $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n";
    }
}
