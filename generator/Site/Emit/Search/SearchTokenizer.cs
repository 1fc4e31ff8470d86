using System.Globalization;
using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// The one tokenizer of the search index. search.js holds a line-for-line copy; tests/search-vectors/tokenizer.json
/// keeps the two in step. CJK text becomes overlapping character bigrams plus single characters, so that any
/// substring of two or more characters is findable without a dictionary, and indexing and querying cannot disagree.
/// Other words are lower-cased, and English ones stemmed (<see cref="SearchStemmer"/>).
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Latin words longer than this are cut: they are mostly URLs and hashes, never typed.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Every token of a text, as the index stores it.</summary>
    public static List<SearchToken> Tokenize(string text)
    {
        var tokens = new List<SearchToken>();
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var runes = new List<Rune>(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var position = 0;
        var word = new StringBuilder();
        var wordLength = 0;
        for (var i = 0; i <= runes.Count; i++)
        {
            var rune = i < runes.Count ? runes[i] : default;
            var isCjk = i < runes.Count && IsCjk(rune.Value);
            var isWord = i < runes.Count && !isCjk && IsWordRune(rune);
            if (isWord)
            {
                if (wordLength < MaxWordLength)
                {
                    word.Append(Lower(rune));
                }

                wordLength++;
                continue;
            }

            if (word.Length > 0)
            {
                tokens.Add(new SearchToken(SearchStemmer.Stem(word.ToString()), position, false));
                position++;
                word.Clear();
            }

            wordLength = 0;
            if (!isCjk)
            {
                continue;
            }

            var hasPrevious = i > 0 && IsCjk(runes[i - 1].Value);
            var hasNext = i + 1 < runes.Count && IsCjk(runes[i + 1].Value);
            tokens.Add(new SearchToken(rune.ToString(), position, hasPrevious || hasNext));
            if (hasNext)
            {
                tokens.Add(new SearchToken(rune.ToString() + runes[i + 1].ToString(), position, false));
            }

            position++;
        }

        return tokens;
    }

    /// <summary>The tokens a query searches for: bigrams, words, and single characters only where they stand alone.</summary>
    public static List<SearchToken> TokenizeQuery(string query)
    {
        return Tokenize(query).Where(t => !t.Single).ToList();
    }

    /// <summary>Han, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(int c) =>
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x323AF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);

    internal static bool IsWordRune(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }

    // Lower-cases one character at a time, as the JS copy does, so context rules (final sigma) never differ.
    private static string Lower(Rune rune) => Rune.ToLowerInvariant(rune).ToString();
}
