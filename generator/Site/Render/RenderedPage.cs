using System.Text;

namespace Civic.Site.Render;

/// <summary>A finished HTML page.</summary>
public sealed record RenderedPage(string Kind, string Language, string Url, string OutputPath, string SourcePath)
{
    /// <summary>
    /// The page's HTML as UTF-8, as <c>serve</c>'s render cache keeps it: the very same array as long as the page did not
    /// change, so what was read out of it may be kept by reference. Null in a one-off build, whose pages are never kept.
    /// </summary>
    public byte[]? Utf8 { get; init; }

    /// <summary>
    /// The page's HTML in a one-off build. Each page is rendered into a buffer its render thread reuses for the next
    /// page: this is valid only while the page is handed to whoever writes it, and never kept. Empty when
    /// <see cref="Utf8"/> is set.
    /// </summary>
    public ReadOnlyMemory<char> Text { get; init; }

    /// <summary>HTML as kept in <see cref="Utf8"/>: UTF-8 without a byte-order mark, as it is written.</summary>
    public static byte[] Encode(ReadOnlySpan<char> html)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(html)];
        Encoding.UTF8.GetBytes(html, bytes);
        return bytes;
    }
}
