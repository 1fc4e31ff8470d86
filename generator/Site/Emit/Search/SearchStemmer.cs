namespace Civic.Site.Emit.Search;

/// <summary>
/// Folds an English plural onto its singular, so that "medicines" finds "medicine" and "communities" finds
/// "community": the minimal stemmer of Harman (1991), with the exceptions Lucene's EnglishMinimalStemmer gives it,
/// and -sses to -ss from Porter's first step.
/// It only ever takes off a final -s (-es after ss) or turns -ies into -y, so it never joins two unrelated words as
/// a full Porter stemmer can, and Chinese text never reaches it. search.js holds a line-for-line copy (tokenizer
/// vectors).
/// </summary>
public static class SearchStemmer
{
    /// <summary>
    /// Stems a lower-cased word in place and returns its new length; the word is unchanged when no rule applies.
    /// </summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n < 3 || word[n - 1] != 's')
        {
            return n;
        }

        switch (word[n - 2])
        {
            case 'u':
            case 's':
                // bus, class: not plurals.
                return n;
            case 'e':
                // classes, addresses: as Porter's first step has it, -sses is -ss.
                if (n > 4 && word[n - 3] == 's' && word[n - 4] == 's')
                {
                    return n - 2;
                }

                if (n > 3 && word[n - 3] == 'i' && word[n - 4] != 'a' && word[n - 4] != 'e')
                {
                    word[n - 3] = 'y';
                    return n - 2;
                }

                // -aes, -ees, -oes (and -ies after a vowel): too often the e belongs to the word (goes, sees), so
                // these are left whole.
                if (word[n - 3] is 'i' or 'a' or 'o' or 'e')
                {
                    return n;
                }

                return n - 1;
            default:
                return n - 1;
        }
    }

    /// <summary>The stem of a lower-cased word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3 || word[^1] != 's')
        {
            return word;
        }

        var chars = word.ToCharArray();
        return new string(chars, 0, Stem(chars.AsSpan()));
    }
}
