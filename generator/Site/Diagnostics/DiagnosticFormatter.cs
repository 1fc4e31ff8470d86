using System.Globalization;
using System.Text;

namespace Civic.Site.Diagnostics;

/// <summary>
/// Turns diagnostics into text. The text format is
/// <code>
/// path:line:col: error CIV2103: message
///    12 | the source line
///       |     ^
/// hint: what to do
/// </code>
/// The caret sits under the reported column as a monospace terminal shows it: characters before it take their
/// display width (two cells for Chinese and other East Asian wide characters, one otherwise) and tabs are copied,
/// so the caret lines up with the character even in lines mixing Chinese and ASCII.
/// The source line and caret are left out when the text of the file is not known or the line does not exist.
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>Formats every diagnostic in the chosen format, each ending with a newline.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics, DiagnosticFormat format, SourceTextSet? sources)
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            sb.Append(format == DiagnosticFormat.Github ? FormatGithub(d) : FormatText(d, sources));
        }
        return sb.ToString();
    }

    /// <summary>One diagnostic in the text format, ending with a newline.</summary>
    public static string FormatText(Diagnostic d, SourceTextSet? sources)
    {
        var sb = new StringBuilder();
        sb.Append(d.Location.ToString()).Append(": ").Append(SeverityWord(d.Severity)).Append(' ')
          .Append(d.Code).Append(": ").Append(d.Message).Append('\n');
        var line = sources?.Find(d.Location.Path)?.GetLine(d.Location.Line);
        if (line is not null)
        {
            var number = d.Location.Line.ToString(CultureInfo.InvariantCulture);
            var gutter = new string(' ', Math.Max(4, number.Length + 1));
            sb.Append(number.PadLeft(gutter.Length)).Append(" | ").Append(line).Append('\n');
            sb.Append(gutter).Append(" | ").Append(CaretPadding(line, d.Location.Column)).Append("^\n");
        }
        if (d.Hint is not null) sb.Append("hint: ").Append(d.Hint).Append('\n');
        foreach (var r in d.Related)
        {
            sb.Append("note: ").Append(r.Location.ToString()).Append(": ").Append(r.Message).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>One diagnostic as a GitHub Actions annotation, ending with a newline.</summary>
    public static string FormatGithub(Diagnostic d)
    {
        var text = d.Hint is null ? d.Message : d.Message + "\nhint: " + d.Hint;
        return string.Create(CultureInfo.InvariantCulture,
            $"::{(d.IsError ? "error" : "warning")} file={EscapeProperty(d.Location.Path)},line={d.Location.Line},col={d.Location.Column},title={EscapeProperty(d.Code)}::{EscapeData(d.Code + ": " + text)}\n");
    }

    /// <summary>The blanks that put a caret under <paramref name="column"/> (1-based, in scalar values).</summary>
    public static string CaretPadding(string line, int column)
    {
        var sb = new StringBuilder();
        var seen = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (seen >= column - 1) break;
            if (rune.Value == '\t') sb.Append('\t');
            else sb.Append(' ', DisplayWidth.Of(rune));
            seen++;
        }
        if (seen < column - 1) sb.Append(' ', column - 1 - seen);
        return sb.ToString();
    }

    private static string SeverityWord(DiagnosticSeverity s) => s == DiagnosticSeverity.Error ? "error" : "warning";

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
    private static string EscapeData(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string s) =>
        EscapeData(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
