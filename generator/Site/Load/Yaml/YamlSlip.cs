using System.Text.RegularExpressions;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// Typing slips that make a YAML document unreadable, found in its text: a tab in a line's indentation, a key
/// followed by ':' with no space ('title:武昌夜市'), a key followed by a full-width colon '：'. The parser reports
/// each of them somewhere near, often a line before or after, in its own words; these are the lines and columns
/// of the slips themselves. Only looked for once the parser has failed, so valid files pay nothing.
/// </summary>
/// <param name="Kind">Which slip.</param>
/// <param name="Line">1-based line in the document.</param>
/// <param name="Column">1-based UTF-16 column of the tab or the colon.</param>
/// <param name="Key">The key before the colon; empty for a tab.</param>
/// <param name="Value">The text after the colon, shortened; empty for a tab.</param>
internal sealed partial record YamlSlip(YamlSlipKind Kind, int Line, int Column, string Key, string Value)
{
    private const int MaxValueShown = 30;

    /// <summary>Every slip in <paramref name="yaml"/>, at most one a line, in line order.</summary>
    public static List<YamlSlip> FindAll(string yaml)
    {
        var slips = new List<YamlSlip>();
        var line = 0;
        var blockIndent = -1;
        foreach (var text in yaml.AsSpan().EnumerateLines())
        {
            line++;
            var indent = text.Length - text.TrimStart(" \t").Length;
            if (indent == text.Length) continue;
            // Lines of a '|' or '>' text are its content, where tabs and colons are the editor's own.
            if (blockIndent >= 0 && indent > blockIndent) continue;
            blockIndent = BlockScalarStart().IsMatch(text) ? indent : -1;

            var tab = text[..indent].IndexOf('\t');
            if (tab >= 0)
            {
                slips.Add(new YamlSlip(YamlSlipKind.TabIndent, line, tab + 1, "", ""));
                continue;
            }
            var s = text.ToString();
            if (s.Contains('：') && FullWidthColonKey.Match(s) is { } fw)
            {
                slips.Add(new YamlSlip(YamlSlipKind.FullWidthColon, line, fw.Column, fw.Key, ""));
                continue;
            }
            var glued = KeyThenValue().Match(s);
            if (glued.Success)
            {
                var value = glued.Groups[3].Value.TrimEnd();
                if (value.Length > MaxValueShown) value = value[..MaxValueShown] + "…";
                slips.Add(new YamlSlip(YamlSlipKind.NoSpaceAfterColon, line, glued.Groups[2].Index + 1, glued.Groups[1].Value, value));
            }
        }
        return slips;
    }

    // A key as Civic's files write them (a letter or '_' first, so that '12:30' is not one), at the start of a line
    // or of a block-list item, then ':' and at once a value; '//' after the colon is a URL ('https://…').
    [GeneratedRegex(@"^ *(?:- +)?([A-Za-z_][A-Za-z0-9_-]*)(:)(?!//)([^\s:#].*)$")]
    private static partial Regex KeyThenValue();

    // 'key: |' or '- >-' and the like: the lines indented under it are text.
    [GeneratedRegex(@"(?:^|[ ])[|>][-+0-9]*[ ]*(?:#.*)?$")]
    private static partial Regex BlockScalarStart();
}
