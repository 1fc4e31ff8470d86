namespace Civic.Site.Emit.OpenData;

/// <summary>A file the open-data step publishes: its site path and content.</summary>
/// <param name="Path">Site-relative path, e.g. <c>data/communities.csv</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="MediaType">IANA media type.</param>
public sealed record PublishedFile(string Path, byte[] Content, string MediaType)
{
    /// <summary>Size in bytes.</summary>
    public long Bytes => Content.LongLength;

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
}
