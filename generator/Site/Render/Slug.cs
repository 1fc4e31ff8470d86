using System.Globalization;
using System.Text;

namespace Civic.Site.Render;

/// <summary>
/// Heading ids. Letters and digits of any script are kept (so 社区驿站 stays 社区驿站, readable in the address bar),
/// ASCII is lower-cased, everything else becomes a single hyphen.
/// </summary>
public static class Slug
{
    public static string FromHeading(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(rune.IsAscii ? Rune.ToLowerInvariant(rune).ToString() : rune.ToString());
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "section" : builder.ToString();
    }

    /// <summary>Makes <paramref name="slug"/> unique within <paramref name="used"/> by adding -2, -3 …</summary>
    public static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
