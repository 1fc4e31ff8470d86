using System.Text;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>The normalizer's shortcuts must give exactly what ICU gives for the whole text.</summary>
public sealed class SearchNormalizerTests
{
    // Characters that compose with a neighbour, or change under NFKC, or both.
    private static readonly string[] Tricky =
    [
        "e", "E", "\u0301", "\u0308", "\u0327", "\u3099", "\u309a", "\u309b", "\u1100", "\u1161", "\u11a8", "가", "か", "カ",
        "ｶ", "ﾞ", "Ａ", "，", "…", "①", "ﬁ", "㍻", "\u3000", "\u00a0", "²", "µ", "Å", "\u212b", "Ω", "\u2126", "𠀀", "𝐀",
        "\uf900", "\ufa0e", "ǅ", "ß", "ẞ", "İ", "ς", "\u0e33", "\u0f73", "\u0b3e", "\u0b47", "ü", "·", "—", "“", "”",
        "。", "、", "《", "》", "中", "文", "a", "1", " ", "\n", "-",
    ];

    [Fact]
    public void Every_shortcut_character_is_what_ICU_makes_of_it()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch) || !SearchNormalizer.IsShortcut(ch))
            {
                continue;
            }

            var expected = ch.ToString().Normalize(NormalizationForm.FormKC);
            Assert.True(
                expected == (SearchNormalizer.IsWide(ch) ? ((char)(c - 0xFEE0)).ToString() : ch == '\u2026' ? "..." : ch.ToString()),
                $"U+{c:X4} becomes {string.Join(' ', expected.Select(x => $"U+{(int)x:X4}"))}");
            // Every neighbour pair for the few hundred Latin and punctuation characters; for the ideographs and
            // syllables (tens of thousands, all alike), a few neighbours each, taken in turn.
            var big = c >= 0x3400 && ch is not ('\u3001' or '\u3002') && !(c >= 0x3008 && c <= 0x3011) && SearchNormalizer.IsPlain(ch);
            for (var i = 0; i < (big ? 3 : Tricky.Length); i++)
            {
                for (var j = 0; j < (big ? 3 : Tricky.Length); j++)
                {
                    AssertSame(Tricky[(c + i) % Tricky.Length] + ch + Tricky[((c * 7) + j) % Tricky.Length]);
                }
            }
        }
    }

    [Fact]
    public void Random_mixes_of_composing_and_plain_characters_normalize_as_a_whole()
    {
        var random = new Random(4);
        for (var n = 0; n < 20000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 12);
            for (var i = 0; i < length; i++)
            {
                text.Append(Tricky[random.Next(Tricky.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    [Fact]
    public void Plain_text_is_returned_without_a_copy_and_long_text_grows_the_buffer()
    {
        var buffer = new char[4];
        const string plain = "Civic 公民数据 ÉCOLE 한글。";
        Assert.True(SearchNormalizer.Normalize(plain, ref buffer).Overlaps(plain.AsSpan()));

        var text = string.Concat(Enumerable.Repeat("ﷺ，驿站…①", 200));
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), SearchNormalizer.Normalize(text, ref buffer).ToString());
    }

    private static void AssertSame(string text)
    {
        var buffer = new char[8];
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), SearchNormalizer.Normalize(text, ref buffer).ToString());
    }
}
