namespace Civic.Site.Emit.Search;

/// <summary>
/// One document's distinct terms with their encoded posting for it (without the document number), as
/// <see cref="SearchTermCollector"/> makes them: CJK terms by key, words by string; ranges are start and length pairs
/// into <paramref name="Postings"/>.
/// </summary>
internal sealed record SearchDocumentTerms(
    long[] CjkKeys, int[] CjkRanges, string[] Words, int[] WordRanges, byte[] Postings, int TitleEnd, int Length);
