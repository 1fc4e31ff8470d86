namespace Civic.Site.Emit.Search;

/// <summary>Ranking constants (written into the manifest so the browser ranks exactly as the build expects) and file sizes.</summary>
public sealed record SearchIndexOptions
{
    public static SearchIndexOptions Default { get; } = new();

    /// <summary>BM25 term saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>An occurrence in the title counts this many times an occurrence in the text.</summary>
    public double TitleBoost { get; init; } = 3;

    /// <summary>A document holding the query's terms in the query's order scores (1 + this) times more.</summary>
    public double PhraseBonus { get; init; } = 0.5;

    /// <summary>
    /// Groups of equivalent terms (synonyms.yml). The browser expands a query term found in a group to the group's
    /// other terms; the index itself is unchanged, so editing the list re-indexes nothing.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>
    /// A page found only through a synonym scores this share of what the same match of the words typed would, so
    /// that of two equally good pages the one using the reader's own word comes first.
    /// </summary>
    public double SynonymWeight { get; init; } = 0.8;

    /// <summary>Uncompressed postings per shard the shard count aims at; the count is a power of two.</summary>
    public int TargetShardBytes { get; init; } = 3000;

    /// <summary>Snippet texts are grouped into blocks of about this many UTF-8 bytes.</summary>
    public int TargetBlockBytes { get; init; } = 3000;

    /// <summary>
    /// How hard the index files are compressed. Optimal is both smaller and several times faster than SmallestSize on
    /// these many small files; serve uses Fastest, where a rebuild's time matters more than bytes on the wire.
    /// </summary>
    public System.IO.Compression.CompressionLevel Compression { get; init; } = System.IO.Compression.CompressionLevel.Optimal;

    /// <summary>Longer texts are cut for snippets (not for indexing).</summary>
    public int MaxSnippetTextChars { get; init; } = 12000;
}
