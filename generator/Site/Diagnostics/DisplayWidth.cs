using System.Text;

namespace Civic.Site.Diagnostics;

/// <summary>
/// Terminal cell widths, used only to place the caret: East Asian wide and fullwidth characters take two
/// cells, everything else one. Columns in locations still count each character once.
/// </summary>
public static class DisplayWidth
{
    /// <summary>Cells that <paramref name="rune"/> takes in a monospace terminal.</summary>
    public static int Of(Rune rune)
    {
        var c = rune.Value;
        return c switch
        {
            >= 0x1100 and <= 0x115F => 2,   // Hangul Jamo initials
            >= 0x2E80 and <= 0x303E => 2,   // CJK radicals, punctuation, ideographic space
            >= 0x3041 and <= 0x33FF => 2,   // kana, bopomofo, CJK compatibility
            >= 0x3400 and <= 0x4DBF => 2,   // CJK extension A
            >= 0x4E00 and <= 0x9FFF => 2,   // CJK unified ideographs
            >= 0xA000 and <= 0xA4CF => 2,   // Yi
            >= 0xAC00 and <= 0xD7A3 => 2,   // Hangul syllables
            >= 0xF900 and <= 0xFAFF => 2,   // CJK compatibility ideographs
            >= 0xFE30 and <= 0xFE4F => 2,   // CJK compatibility forms
            >= 0xFF00 and <= 0xFF60 => 2,   // fullwidth forms
            >= 0xFFE0 and <= 0xFFE6 => 2,
            >= 0x1F300 and <= 0x1F64F => 2, // pictographs and emoticons
            >= 0x1F900 and <= 0x1F9FF => 2,
            >= 0x20000 and <= 0x3FFFD => 2, // CJK extensions B and later
            _ => 1,
        };
    }
}
