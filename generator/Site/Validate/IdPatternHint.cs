using System.Text;

namespace Civic.Site.Validate;

/// <summary>
/// Recognises the pattern that datasets give their ids, so that a value not matching it gets a hint in words with
/// the value made into an id, instead of the regular expression.
/// </summary>
internal static class IdPatternHint
{
    private const string Core = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>True for the id pattern, with or without its anchors.</summary>
    public static bool IsIdPattern(string pattern) => pattern.Trim().TrimStart('^').TrimEnd('$') == Core;

    /// <summary>The value as an id: lower case, every other run of characters a single hyphen.</summary>
    public static string Suggest(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var id = sb.ToString().TrimEnd('-');
        // Chinese has no letters to keep: the example then shows the form, in pinyin.
        return id.Length > 0 ? id : "hanyang-station";
    }
}
