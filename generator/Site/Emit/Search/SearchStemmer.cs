namespace Civic.Site.Emit.Search;

/// <summary>
/// Folds English words onto a common stem, so that "volunteering", "volunteers" and "volunteer" find each other:
/// Porter's algorithm (1980) as his reference C implementation has it, which is also what Lucene's English analyzer
/// and most site search tools use. Only words of the letters a–z are stemmed; Chinese text, digits and accented words
/// never reach it. search.js holds a line-for-line copy (tokenizer vectors).
/// </summary>
public static class SearchStemmer
{
    /// <summary>Stems a lower-cased word in place and returns its new length, which is never longer.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2 || !IsPlainEnglish(word))
        {
            return word.Length;
        }

        var w = new PorterWord(word);
        w.Step1ab();
        if (w.K > 0)
        {
            w.Step1c();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }

        return w.K + 1;
    }

    /// <summary>The stem of a lower-cased word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsPlainEnglish(word))
        {
            return word;
        }

        var chars = word.ToCharArray();
        return new string(chars, 0, Stem(chars.AsSpan()));
    }

    private static bool IsPlainEnglish(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
