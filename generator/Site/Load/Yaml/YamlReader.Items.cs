using System.Collections.Immutable;
using System.Text;
using Civic.Site.Diagnostics;
using YamlDotNet.Core.Events;

namespace Civic.Site.Load.Yaml;

public sealed partial class YamlReader
{
    // A block-list item that goes on over lines, one of which starts with '- ':
    //
    //   services:
    //     - 休息
    //        - 饮水
    //
    // is valid YAML, the one item '休息 - 饮水', and would be published as such. It is reported at each '- ' line,
    // and the items are kept as the editor wrote them, so that later checks speak of '休息' and '饮水'.
    private void AddItems(ImmutableArray<YNode>.Builder items, Scalar scalar, YScalar read)
    {
        var firstLine = (int)scalar.Start.Line;
        var lines = _yaml[(int)scalar.Start.Index..(int)scalar.End.Index].Split('\n');
        var parts = new List<(SourceLocation At, StringBuilder Text)> { (read.Start, new StringBuilder(lines[0].TrimEnd())) };
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var indent = line.Length - line.TrimStart(' ').Length;
            var text = line[indent..];
            if (text.Length == 0) continue;
            if (!text.StartsWith("- ", StringComparison.Ordinal))
            {
                parts[^1].Text.Append(' ').Append(text);
                continue;
            }
            var content = text[2..].TrimStart(' ');
            var dash = _source.Location(firstLine + i + _lineOffset, indent + 1);
            _bag.Report(DiagnosticCodes.MisalignedItem, dash, read.Value, parts[^1].At.Line);
            parts.Add((_source.Location(firstLine + i + _lineOffset, line.Length - content.Length + 1), new StringBuilder(content)));
        }
        if (parts.Count == 1)
        {
            items.Add(read);
            return;
        }
        foreach (var (at, text) in parts) items.Add(new YScalar(at, text.ToString(), true));
    }
}
