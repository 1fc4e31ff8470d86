using System.Text.RegularExpressions;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// Recognises a line whose key is followed by a full-width colon '：' (U+FF1A), which a Chinese keyboard types in
/// place of ':'. YAML does not take it for a colon, so the parser only says it found no key somewhere near.
/// </summary>
internal static partial class FullWidthColonKey
{
    /// <summary>The key of <paramref name="line"/> when a full-width colon follows it, and the colon's UTF-16 column.</summary>
    public static (int Column, string Key)? Match(string line)
    {
        var match = KeyThenColon().Match(line);
        return match.Success ? (match.Length, match.Groups[1].Value) : null;
    }

    // A key as Civic's files write them, at the start of a line or of a block-list item; a '：' inside a value
    // ("title: 说明：…") comes after an ASCII colon and is not matched.
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：")]
    private static partial Regex KeyThenColon();
}
