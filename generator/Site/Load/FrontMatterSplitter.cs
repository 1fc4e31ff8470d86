using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>Splits a Markdown file into YAML front matter (between two '---' lines) and body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The parts of <paramref name="text"/>, or null after reporting missing or unclosed front matter.</summary>
    public static FrontMatter? Split(SourceText text, DiagnosticBag bag)
    {
        if (!IsFence(text.GetLine(1)))
        {
            bag.Report(DiagnosticCodes.FrontMatterMissing, SourceLocation.StartOf(text.Path));
            return null;
        }
        for (var line = 2; line <= text.LineCount; line++)
        {
            if (!IsFence(text.GetLine(line))) continue;
            var yamlStart = Offset(text, 2);
            var yamlEnd = Offset(text, line);
            var bodyStart = Offset(text, line + 1);
            return new FrontMatter(
                text.Text[yamlStart..yamlEnd], 2,
                bodyStart >= text.Text.Length ? "" : text.Text[bodyStart..], line + 1);
        }
        bag.Report(DiagnosticCodes.FrontMatterNotClosed, SourceLocation.StartOf(text.Path));
        return null;
    }

    private static bool IsFence(string? line) => line is not null && line.TrimEnd() == "---";

    private static int Offset(SourceText text, int line)
    {
        var loc = 0;
        for (var l = 1; l < line; l++)
        {
            var next = text.Text.IndexOf('\n', loc);
            if (next < 0) return text.Text.Length;
            loc = next + 1;
        }
        return loc;
    }
}
