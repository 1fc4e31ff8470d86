namespace Civic.Site.Emit.Search;

/// <summary>
/// One document's distinct terms with their encoded posting for it (without the document number), as
/// <see cref="SearchTermCollector"/> makes them: terms by their slot in <paramref name="Collector"/>, CJK terms and words
/// apart; ranges are start and length pairs into <paramref name="Postings"/>.
/// </summary>
internal sealed record SearchDocumentTerms(
    SearchTermCollector Collector, int[] CjkSlots, int[] CjkRanges, int[] WordSlots, int[] WordRanges, byte[] Postings, int TitleEnd, int Length);
