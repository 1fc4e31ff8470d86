using System.Text;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// Where the open-data, feed and sitemap writers put their files and how they spell absolute URLs. The writers
/// take a plain folder (the build's staging folder) so they can be tested on their own.
/// </summary>
/// <param name="OutputRoot">Absolute path of the folder the site is written to.</param>
/// <param name="BaseUrl">Absolute URL the site is published at; a trailing '/' is added when missing.</param>
/// <param name="IncludeDrafts">Draft stories go into feeds and the sitemap only when true (build --drafts).</param>
public sealed record PublishContext(string OutputRoot, string BaseUrl, bool IncludeDrafts = false)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The base URL, always ending with '/'.</summary>
    public string Base => BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";

    /// <summary>The path part of the base URL ("/" or "/sub/"), for root-relative links.</summary>
    public string BasePath => new Uri(Base).AbsolutePath;

    /// <summary>Absolute URL of a site path such as <c>data/communities.csv</c> or <c>/stories/</c>.</summary>
    public string Url(string sitePath) => Base + sitePath.TrimStart('/');

    /// <summary>Absolute file path for a site-relative path; refuses paths that leave the output folder.</summary>
    public string PathOf(string sitePath)
    {
        var root = Path.GetFullPath(OutputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(root, sitePath.TrimStart('/').Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path '{sitePath}' leaves the output folder.", nameof(sitePath));
        }

        return full;
    }

    /// <summary>Writes bytes, creating folders; returns the site path for the list of written files.</summary>
    public string WriteBytes(string sitePath, byte[] bytes)
    {
        var path = PathOf(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return sitePath;
    }

    /// <summary>Writes UTF-8 text without a byte-order mark.</summary>
    public string WriteText(string sitePath, string text) => WriteBytes(sitePath, Utf8NoBom.GetBytes(text));
}
