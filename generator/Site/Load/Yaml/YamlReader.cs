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
    private IParser _parser = null!;

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
        new YamlReader(source, lineOffset, options, bag).Run(yaml);

    /// <summary>Reads the whole of <paramref name="source"/>.</summary>
    public static YNode? Read(SourceText source, LoadOptions options, DiagnosticBag bag) =>
        Read(source, source.Text, 0, options, bag);

    private YNode? Run(string yaml)
    {
        try
        {
            _parser = new Parser(new StringReader(yaml));
            Expect<StreamStart>();
            if (_parser.Current is StreamEnd) return new YScalar(Loc(default), "", true);
            Expect<DocumentStart>();
            var root = ReadNode(0);
            Expect<DocumentEnd>();
            if (_parser.Current is DocumentStart extra)
            {
                _bag.Report(DiagnosticCodes.YamlSyntax, Loc(extra.Start), "a file holds one YAML document; remove this '---' line");
                return null;
            }
            return root;
        }
        catch (YamlException ex)
        {
            _bag.Report(DiagnosticCodes.YamlSyntax, Loc(ex.Start), Describe(ex));
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
            _bag.Report(DiagnosticCodes.YamlSyntax, Loc(ev.Start), $"values nested deeper than {_options.MaxYamlDepth} levels");
            throw new StopReading();
        }
        Next();
        YNode node;
        switch (ev)
        {
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    _bag.Report(DiagnosticCodes.YamlSyntax, Loc(alias.Start), $"alias '*{alias.Value.Value}' has no anchor before it");
                    throw new StopReading();
                }
                Count(target.Weight, alias.Start);
                return target;
            case Scalar s:
                Count(1, s.Start);
                var plain = s.Style == ScalarStyle.Plain && (s.Tag.IsEmpty || s.Tag.Value == "?");
                node = new YScalar(Loc(s.Start), s.Value, plain);
                Remember(s.Anchor, node);
                return node;
            case SequenceStart seq:
                Count(1, seq.Start);
                node = new YSequence(Loc(seq.Start), ReadItems(depth));
                Remember(seq.Anchor, node);
                return node;
            case MappingStart map:
                Count(1, map.Start);
                node = new YMapping(Loc(map.Start), ReadEntries(depth));
                Remember(map.Anchor, node);
                return node;
            default:
                throw new InvalidOperationException($"unexpected YAML event {ev.GetType().Name}");
        }
    }

    private ImmutableArray<YNode> ReadItems(int depth)
    {
        var items = ImmutableArray.CreateBuilder<YNode>();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(depth + 1));
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
                _bag.Report(DiagnosticCodes.YamlSyntax, keyNode.Start, "a key must be a single value, not " + keyNode.KindName);
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                _bag.Report(DiagnosticCodes.DuplicateKey, key.Start, key.Value, $"{first.Start.Line}:{first.Start.Column}");
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
            _bag.Report(DiagnosticCodes.YamlSyntax, Loc(_lastEnd), "the YAML cannot be read after this point; a bracket, quote or colon may be missing");
            throw new StopReading();
        }
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
    }

    private void Count(long values, Mark at)
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
        return _source.Location(line, (int)Math.Max(1, mark.Column));
    }

    // YamlException.Message repeats the marks in front of the description; positions come from ex.Start.
    private static string Describe(YamlException ex)
    {
        var text = MarkPrefix().Replace(ex.Message, "");
        text = text.Trim().TrimEnd('.');
        return text.Length == 0 ? "the YAML cannot be read here" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed class StopReading : Exception;
}
