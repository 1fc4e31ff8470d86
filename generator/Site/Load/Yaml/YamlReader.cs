using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Civic.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// Reads one YAML document at the event level into <see cref="YNode"/>s, keeping the position of every key and
/// value. Reports syntax errors, duplicate keys, too deep nesting and alias expansion past a limit; aliases are
/// never copied, so a "billion laughs" document is rejected after a few thousand values, not after gigabytes.
/// </summary>
public sealed partial class YamlReader
{
    private readonly SourceText _source;
    private readonly int _lineOffset;
    private readonly LoadOptions _options;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private Mark _lastEnd;
    private readonly Stack<(char Bracket, Mark At)> _open = new();
    private IParser _parser = null!;
    private string _yaml = "";

    private YamlReader(SourceText source, int lineOffset, LoadOptions options, DiagnosticBag bag)
    {
        _source = source;
        _lineOffset = lineOffset;
        _options = options;
        _bag = bag;
    }

    /// <summary>
    /// Reads <paramref name="yaml"/>, a slice of <paramref name="source"/> that starts on line
    /// <paramref name="lineOffset"/> + 1. Returns null (with diagnostics) when the document is unusable,
    /// and a null-valued scalar for an empty document.
    /// </summary>
    public static YNode? Read(SourceText source, string yaml, int lineOffset, LoadOptions options, DiagnosticBag bag) =>
        SimpleYamlReader.TryRead(source, yaml, lineOffset, options) ?? ReadGeneral(source, yaml, lineOffset, options, bag);

    /// <summary>
    /// Reads <paramref name="source"/>'s text from offset <paramref name="from"/> (the start of line
    /// <paramref name="lineOffset"/> + 1) to <paramref name="to"/>, copying the slice only when the general parser
    /// is needed; short texts are taken from <paramref name="strings"/>.
    /// </summary>
    internal static YNode? Read(SourceText source, int from, int to, int lineOffset, LoadOptions options, DiagnosticBag bag, StringPool strings) =>
        SimpleYamlReader.TryRead(source, source.Text, from, to, lineOffset, options, strings)
        ?? ReadGeneral(source, source.Text[from..to], lineOffset, options, bag);

    /// <summary>Reads with the general parser only; see <see cref="SimpleYamlReader"/>.</summary>
    internal static YNode? ReadGeneral(SourceText source, string yaml, int lineOffset, LoadOptions options, DiagnosticBag bag) =>
        new YamlReader(source, lineOffset, options, bag).Run(yaml);

    /// <summary>Reads the whole of <paramref name="source"/>.</summary>
    public static YNode? Read(SourceText source, LoadOptions options, DiagnosticBag bag) =>
        Read(source, source.Text, 0, options, bag);

    /// <summary>Reads the whole of <paramref name="source"/>, taking short texts from <paramref name="strings"/>.</summary>
    internal static YNode? Read(SourceText source, LoadOptions options, DiagnosticBag bag, StringPool strings) =>
        Read(source, 0, source.Text.Length, 0, options, bag, strings);

    private YNode? Run(string yaml)
    {
        try
        {
            _yaml = yaml;
            _parser = new Parser(new StringReader(yaml));
            Expect<StreamStart>();
            if (_parser.Current is StreamEnd) return new YScalar(Loc(default), "", true);
            Expect<DocumentStart>();
            var root = ReadNode(0);
            Expect<DocumentEnd>();
            // One line with a full-width colon reads as a text, not as a mapping with one key.
            if (root is YScalar { IsNull: false } && ReportSlips()) return null;
            if (_parser.Current is DocumentStart extra)
            {
                _bag.Report(DiagnosticCodes.YamlSyntax, Loc(extra.Start), DiagnosticTexts.YamlSecondDocument);
                return null;
            }
            return root;
        }
        catch (YamlException ex)
        {
            if (ReportSlips()) return null;
            var d = DiagnosticCodes.YamlSyntax.Create(Loc(ex.Start), Describe(ex));
            if (StillOpen(ex.Start.Index) is { } open)
            {
                d = d.WithRelated(Loc(open.At), DiagnosticTexts.YamlStillOpen(open.Bracket));
            }
            _bag.Add(d);
            return null;
        }
        catch (StopReading)
        {
            return null;
        }
    }

    private YNode ReadNode(int depth)
    {
        var ev = _parser.Current ?? throw new InvalidOperationException("YAML event stream ended early");
        if (depth > _options.MaxYamlDepth)
        {
            _bag.Report(DiagnosticCodes.YamlSyntax, Loc(ev.Start), DiagnosticTexts.YamlTooDeep(_options.MaxYamlDepth));
            throw new StopReading();
        }
        Next();
        YNode node;
        switch (ev)
        {
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    _bag.Report(DiagnosticCodes.YamlSyntax, Loc(alias.Start), DiagnosticTexts.YamlUnknownAlias(alias.Value.Value));
                    throw new StopReading();
                }
                CountAlias(target.Weight, alias.Start);
                return target;
            case Scalar s:
                var plain = s.Style == ScalarStyle.Plain && (s.Tag.IsEmpty || s.Tag.Value == "?");
                node = new YScalar(Loc(s.Start), s.Value, plain);
                Remember(s.Anchor, node);
                return node;
            case SequenceStart seq:
                _open.Push(seq.Style == SequenceStyle.Flow ? ('[', seq.Start) : (' ', seq.Start));
                node = new YSequence(Loc(seq.Start), ReadItems(depth, seq.Style == SequenceStyle.Block));
                _open.Pop();
                Remember(seq.Anchor, node);
                return node;
            case MappingStart map:
                _open.Push(map.Style == MappingStyle.Flow ? ('{', map.Start) : (' ', map.Start));
                var entries = ReadEntries(depth);
                // A pair written without braces inside a flow list ('[a, b: c]') has no marks of its own; it starts at its key.
                var implicitPair = map.Style == MappingStyle.Flow && map.Start.Equals(Mark.Empty) && map.End.Equals(Mark.Empty) && entries.Length > 0;
                node = new YMapping(implicitPair ? entries[0].Key.Start : Loc(map.Start), entries);
                _open.Pop();
                Remember(map.Anchor, node);
                return node;
            default:
                throw new InvalidOperationException($"unexpected YAML event {ev.GetType().Name}");
        }
    }

    private ImmutableArray<YNode> ReadItems(int depth, bool block)
    {
        var items = ImmutableArray.CreateBuilder<YNode>();
        while (_parser.Current is not SequenceEnd)
        {
            var ev = _parser.Current;
            var item = ReadNode(depth + 1);
            if (block && ev is Scalar { Style: ScalarStyle.Plain, Anchor.IsEmpty: true } s && s.End.Line > s.Start.Line && item is YScalar text)
            {
                AddItems(items, s, text);
                continue;
            }
            items.Add(item);
        }
        Next();
        return items.ToImmutable();
    }

    private ImmutableArray<YEntry> ReadEntries(int depth)
    {
        var entries = ImmutableArray.CreateBuilder<YEntry>();
        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        while (_parser.Current is not MappingEnd)
        {
            var keyNode = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (keyNode is not YScalar key)
            {
                _bag.Report(DiagnosticCodes.YamlSyntax, keyNode.Start, DiagnosticTexts.YamlComplexKey(keyNode.KindName));
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                _bag.Report(DiagnosticCodes.DuplicateKey, key.Start, key.Value, first.Start.Line);
                continue;
            }
            seen.Add(key.Value, key);
            entries.Add(new YEntry(key, value));
        }
        Next();
        return entries.ToImmutable();
    }

    // Some malformed input makes YamlDotNet's scanner throw InvalidOperationException instead of a YamlException;
    // both are the user's syntax error, placed just after the last value that was read.
    private void Next()
    {
        try
        {
            _parser.MoveNext();
            if (_parser.Current is { } ev) _lastEnd = ev.End;
        }
        catch (InvalidOperationException)
        {
            if (ReportSlips()) throw new StopReading();
            if (StillOpen(_yaml.Length) is { } open)
            {
                _bag.Add(DiagnosticCodes.YamlSyntax.Create(Loc(open.At), DiagnosticTexts.YamlNotClosed(open.Bracket))
                    with { Hint = DiagnosticTexts.YamlCloseIt(open.Bracket) });
            }
            else
            {
                _bag.Report(DiagnosticCodes.YamlSyntax, Loc(_lastEnd), DiagnosticTexts.YamlUnreadableAfter);
            }
            throw new StopReading();
        }
    }

    // The likely causes of a syntax error, each at its own line, reported in place of the parser's description,
    // which often points at a neighbouring line.
    private bool ReportSlips()
    {
        var slips = YamlSlip.FindAll(_yaml);
        foreach (var slip in slips)
        {
            var at = _source.Location(slip.Line + _lineOffset, slip.Column);
            _bag.Add(slip.Kind switch
            {
                YamlSlipKind.FullWidthColon => DiagnosticCodes.FullWidthColon.Create(at, slip.Key),
                YamlSlipKind.TabIndent => DiagnosticCodes.YamlSyntax.Create(at, DiagnosticTexts.YamlTabIndent)
                    with { Hint = DiagnosticTexts.YamlTabIndentHint },
                _ => DiagnosticCodes.YamlSyntax.Create(at, DiagnosticTexts.YamlNoSpaceAfterColon(slip.Key))
                    with { Hint = DiagnosticTexts.YamlNoSpaceAfterColonHint(slip.Key, slip.Value) },
            });
        }
        return slips.Count > 0;
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
    }

    // Only alias uses count: a long list written out is bounded by the file-size limit, while aliases of aliases
    // grow exponentially with each level.
    private void CountAlias(long values, Mark at)
    {
        _expanded = YNode.Add(_expanded, values);
        if (_expanded > _options.MaxYamlValues)
        {
            _bag.Report(DiagnosticCodes.AliasExpansion, Loc(at), _options.MaxYamlValues);
            throw new StopReading();
        }
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is null) Next();
        if (_parser.Current is not T)
        {
            throw new InvalidOperationException($"expected {typeof(T).Name}, got {_parser.Current?.GetType().Name}");
        }
        Next();
    }

    private SourceLocation Loc(Mark mark)
    {
        var line = (int)Math.Max(1, mark.Line) + _lineOffset;
        if (line > _source.LineCount && _source.LineCount > 0)
        {
            // The parser reports running out of input after the final line break; point at the end of the last line.
            var last = _source.LineCount;
            return _source.Location(last, _source.GetLine(last)!.Length + 1);
        }
        return _source.Location(line, (int)Math.Max(1, mark.Column));
    }

    // YamlException.Message repeats the marks in front of the description; positions come from ex.Start.
    private static string Describe(YamlException ex)
    {
        var text = MarkPrefix().Replace(ex.Message, "");
        text = text.Trim().TrimEnd('.');
        return text.Length == 0 ? DiagnosticTexts.YamlUnreadable : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed class StopReading : Exception;
}
