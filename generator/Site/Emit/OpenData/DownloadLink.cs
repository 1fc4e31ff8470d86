using System.Globalization;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>One download offered on a dataset's landing page.</summary>
/// <param name="Format">Short format name: CSV, XLSX, JSON, …</param>
/// <param name="Label">What it is, in Chinese and English: English pages and the DCAT catalogue need both.</param>
/// <param name="Url">Absolute URL.</param>
/// <param name="Path">Site path, from the site root with a leading '/'.</param>
/// <param name="MediaType">IANA media type.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record DownloadLink(string Format, LocalizedText Label, string Url, string Path, string MediaType, long Bytes)
{
    /// <summary>The size for people: bytes, KB or MB (1 KB = 1024 bytes), one decimal.</summary>
    public string SizeText => Bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{Bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Bytes / (1024.0 * 1024.0):0.0} MB"),
    };
}
