namespace Civic.Site.Emit.Search;

/// <summary>
/// One word going through Porter's steps, in place: <see cref="K"/> is the index of its last letter, <c>_j</c> the
/// end of the stem a matched suffix leaves. The names follow Porter's reference implementation, so the two can be
/// read side by side.
/// </summary>
internal ref struct PorterWord(Span<char> b)
{
    private readonly Span<char> _b = b;
    private int _j;

    public int K { get; private set; } = b.Length - 1;

    /// <summary>Plurals and -ed or -ing: caresses → caress, ponies → poni, hopping → hop, filing → file.</summary>
    public void Step1ab()
    {
        if (_b[K] == 's')
        {
            if (Ends("sses"))
            {
                K -= 2;
            }
            else if (Ends("ies"))
            {
                SetTo("i");
            }
            else if (_b[K - 1] != 's')
            {
                K--;
            }
        }

        if (Ends("eed"))
        {
            if (Measure() > 0)
            {
                K--;
            }
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            K = _j;
            if (Ends("at"))
            {
                SetTo("ate");
            }
            else if (Ends("bl"))
            {
                SetTo("ble");
            }
            else if (Ends("iz"))
            {
                SetTo("ize");
            }
            else if (DoubleConsonant(K))
            {
                K--;
                if (_b[K] is 'l' or 's' or 'z')
                {
                    K++;
                }
            }
            else if (Measure() == 1 && Cvc(K))
            {
                SetTo("e");
            }
        }
    }

    /// <summary>A final y after a vowel in the stem becomes i: happy → happi.</summary>
    public void Step1c()
    {
        if (Ends("y") && VowelInStem())
        {
            _b[K] = 'i';
        }
    }

    /// <summary>Double suffixes to single ones: relational → relate, hopefulness → hopeful.</summary>
    public void Step2()
    {
        _ = _b[K - 1] switch
        {
            'a' => Replace("ational", "ate") || Replace("tional", "tion"),
            'c' => Replace("enci", "ence") || Replace("anci", "ance"),
            'e' => Replace("izer", "ize"),
            'l' => Replace("bli", "ble") || Replace("alli", "al") || Replace("entli", "ent") || Replace("eli", "e") || Replace("ousli", "ous"),
            'o' => Replace("ization", "ize") || Replace("ation", "ate") || Replace("ator", "ate"),
            's' => Replace("alism", "al") || Replace("iveness", "ive") || Replace("fulness", "ful") || Replace("ousness", "ous"),
            't' => Replace("aliti", "al") || Replace("iviti", "ive") || Replace("biliti", "ble"),
            'g' => Replace("logi", "log"),
            _ => false,
        };
    }

    /// <summary>-ic-, -full, -ness and the like: electrical → electric, goodness → good.</summary>
    public void Step3()
    {
        _ = _b[K] switch
        {
            'e' => Replace("icate", "ic") || Replace("ative", "") || Replace("alize", "al"),
            'i' => Replace("iciti", "ic"),
            'l' => Replace("ical", "ic") || Replace("ful", ""),
            's' => Replace("ness", ""),
            _ => false,
        };
    }

    /// <summary>Takes off -ant, -ence, -ment, -ion … from a stem long enough: adjustment → adjust.</summary>
    public void Step4()
    {
        var found = _b[K - 1] switch
        {
            'a' => Ends("al"),
            'c' => Ends("ance") || Ends("ence"),
            'e' => Ends("er"),
            'i' => Ends("ic"),
            'l' => Ends("able") || Ends("ible"),
            'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
            'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
            's' => Ends("ism"),
            't' => Ends("ate") || Ends("iti"),
            'u' => Ends("ous"),
            'v' => Ends("ive"),
            'z' => Ends("ize"),
            _ => false,
        };
        if (found && Measure() > 1)
        {
            K = _j;
        }
    }

    /// <summary>A final -e of a long stem, and -ll to -l: probate → probat, controll → control.</summary>
    public void Step5()
    {
        _j = K;
        if (_b[K] == 'e')
        {
            var m = Measure();
            if (m > 1 || (m == 1 && !Cvc(K - 1)))
            {
                K--;
            }
        }

        if (_b[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
        {
            K--;
        }
    }

    private readonly bool IsConsonant(int i) => _b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in the stem up to <c>_j</c>.</summary>
    private readonly int Measure()
    {
        var n = 0;
        var i = 0;
        while (i <= _j && IsConsonant(i))
        {
            i++;
        }

        while (i <= _j)
        {
            while (i <= _j && !IsConsonant(i))
            {
                i++;
            }

            if (i > _j)
            {
                return n;
            }

            n++;
            while (i <= _j && IsConsonant(i))
            {
                i++;
            }
        }

        return n;
    }

    private readonly bool VowelInStem()
    {
        for (var i = 0; i <= _j; i++)
        {
            if (!IsConsonant(i))
            {
                return true;
            }
        }

        return false;
    }

    private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

    /// <summary>Consonant, vowel, consonant ending at <paramref name="i"/>, the last not w, x or y: hop, not snow.</summary>
    private readonly bool Cvc(int i) =>
        i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

    private bool Ends(string suffix)
    {
        if (suffix.Length > K + 1 || _b[K] != suffix[^1] || !_b.Slice(K - suffix.Length + 1, suffix.Length).SequenceEqual(suffix))
        {
            return false;
        }

        _j = K - suffix.Length;
        return true;
    }

    private void SetTo(string replacement)
    {
        replacement.CopyTo(_b[(_j + 1)..]);
        K = _j + replacement.Length;
    }

    /// <summary>When the word ends in <paramref name="suffix"/>: replaced if the stem before it is long enough; true either way, as a matched case ends the step.</summary>
    private bool Replace(string suffix, string replacement)
    {
        if (!Ends(suffix))
        {
            return false;
        }

        if (Measure() > 0)
        {
            SetTo(replacement);
        }

        return true;
    }
}
