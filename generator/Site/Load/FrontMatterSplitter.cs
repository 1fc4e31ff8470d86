using System.Runtime.CompilerServices;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>Splits a Markdown file into YAML front matter (between two '---' lines) and body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The parts of <paramref name="text"/>, or null after reporting missing or unclosed front matter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FrontMatter? Split(SourceText text, DiagnosticBag bag)
    {
        if (!IsFence(text, 1))
        {
            bag.Report(DiagnosticCodes.FrontMatterMissing, SourceLocation.StartOf(text.Path));
            return null;
        }
        for (var line = 2; line <= text.LineCount; line++)
        {
            if (!IsFence(text, line)) continue;
            var yamlStart = text.LineStart(2);
            var yamlEnd = text.LineStart(line);
            var bodyStart = text.LineStart(line + 1);
            return new FrontMatter(
                text, yamlStart, yamlEnd, 2,
                bodyStart >= text.Text.Length ? "" : text.Text[bodyStart..], line + 1);
        }
        bag.Report(DiagnosticCodes.FrontMatterNotClosed, SourceLocation.StartOf(text.Path));
        return null;
    }

    // A line that is '---', maybe followed by spaces; a line break is not part of the line.
    private static bool IsFence(SourceText text, int line)
    {
        if (line > text.LineCount) return false;
        var start = text.LineStart(line);
        var end = line < text.LineCount || text.Text[^1] == '\n' ? text.LineStart(line + 1) - 1 : text.Text.Length;
        var span = text.Text.AsSpan(start, Math.Max(0, end - start));
        return span.Length >= 3 && span.TrimEnd().SequenceEqual("---");
    }
}
