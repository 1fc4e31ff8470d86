using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// Reads typed settings out of YAML mappings (site.yml, _dataset.yml, front matter), reporting wrong types,
/// missing required keys and unknown keys with a "did you mean".
/// </summary>
public static class YamlValues
{
    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="allowed"/>.</summary>
    public static void CheckKeys(YMapping map, IReadOnlyCollection<string> allowed, DiagnosticBag bag)
    {
        foreach (var e in map.Entries)
        {
            if (allowed.Contains(e.Key.Value)) continue;
            ReportUnknown(e.Key, allowed, bag);
        }
    }

    /// <summary>Reports <paramref name="key"/> as unknown, suggesting the closest allowed key.</summary>
    public static void ReportUnknown(YScalar key, IEnumerable<string> allowed, DiagnosticBag bag)
    {
        var list = allowed.ToList();
        var suggestion = Suggestions.Closest(key.Value, list);
        var all = string.Join(", ", list);
        bag.Add(suggestion is null
            ? DiagnosticCodes.UnknownKey.CreateWithAlternateHint(key.Start, key.Value, null, all)
            : DiagnosticCodes.UnknownKey.Create(key.Start, key.Value, suggestion, all));
    }

    /// <summary>The mapping at <paramref name="node"/>, or null after reporting what was found instead.</summary>
    public static YMapping? AsMapping(YNode? node, string what, DiagnosticBag bag)
    {
        if (node is YMapping m) return m;
        if (node is not null) bag.Report(DiagnosticCodes.ExpectedMapping, node.Start, what, Found(node));
        return null;
    }

    /// <summary>
    /// A required key's node, or null after reporting it empty (at its key) or missing (at the mapping's start).
    /// </summary>
    public static YNode? Required(YMapping map, string key, string expected, DiagnosticBag bag)
    {
        if (map.HasValue(key)) return map.Get(key);
        if (map.Entry(key) is { } written) bag.Report(DiagnosticCodes.EmptyRequired, written.Key.Start, key, expected);
        else bag.Report(DiagnosticCodes.MissingRequired, map.Start, key, expected);
        return null;
    }

    /// <summary>A text value; null when absent or (reported) not a single value.</summary>
    public static string? String(YMapping map, string key, DiagnosticBag bag, bool required = false)
    {
        var node = required ? Required(map, key, "a text", bag) : Present(map, key);
        if (node is null) return null;
        if (node is YScalar s)
        {
            // `title: ""` or `title: " "` says no more than `title:`: a page would show an empty heading.
            if (!required || !string.IsNullOrWhiteSpace(s.Value)) return s.Value;
            bag.Report(DiagnosticCodes.EmptyRequired, s.Start, key, "a text");
            return null;
        }

        WrongType(key, "a text", node, null, bag);
        return null;
    }

    /// <summary>A whole number; null when absent or (reported) not one.</summary>
    public static long? Integer(YMapping map, string key, DiagnosticBag bag)
    {
        var node = Present(map, key);
        if (node is null) return null;
        if (node is YScalar s && s.TryInteger(out var v)) return v;
        WrongType(key, "an integer", node, "10", bag);
        return null;
    }

    /// <summary>A number; null when absent or (reported) not one.</summary>
    public static decimal? Number(YMapping map, string key, DiagnosticBag bag)
    {
        var node = Present(map, key);
        if (node is null) return null;
        if (node is YScalar s && s.TryNumber(out var v)) return v;
        WrongType(key, "a number", node, "0", bag);
        return null;
    }

    /// <summary>true or false; null when absent or (reported) not a boolean.</summary>
    public static bool? Boolean(YMapping map, string key, DiagnosticBag bag)
    {
        var node = Present(map, key);
        if (node is null) return null;
        if (node is YScalar s && s.TryBoolean(out var v)) return v;
        WrongType(key, "true or false", node, "true", bag);
        return null;
    }

    /// <summary>A list of texts; empty when absent, null when (reported) not a list of single values.</summary>
    public static ImmutableArray<string>? StringList(YMapping map, string key, DiagnosticBag bag)
    {
        var node = Present(map, key);
        if (node is null) return [];
        if (node is YSequence seq)
        {
            var bad = FirstNotScalar(seq);
            if (bad < 0)
            {
                var values = new string[seq.Items.Length];
                for (var i = 0; i < values.Length; i++) values[i] = ((YScalar)seq.Items[i]).Value;
                return ImmutableCollectionsMarshal.AsImmutableArray(values);
            }
            WrongItem(key, "a text", bad, seq.Items[bad], bag);
            return null;
        }
        WrongType(key, "a list of texts", node, node is YScalar one ? ListOf(one.Value) : "[a, b]", bag);
        return null;
    }

    // The list an editor meant by "a, b" (or "a，b", "a、b" from a Chinese keyboard), written as YAML.
    internal static string ListOf(string text) =>
        "[" + string.Join(", ", text.Split([',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) + "]";

    /// <summary>Reports what <see cref="StringList"/> would report, without making the list.</summary>
    public static void CheckStringList(YMapping map, string key, DiagnosticBag bag)
    {
        var node = Present(map, key);
        if (node is null || (node is YSequence seq && FirstNotScalar(seq) < 0)) return;
        StringList(map, key, bag);
    }

    /// <summary>
    /// A text in Chinese and English: <c>{zh: …, en: …}</c>, or a plain text taken as Chinese. Null when absent
    /// or (reported) malformed.
    /// </summary>
    public static LocalizedText? Localized(YMapping map, string key, DiagnosticBag bag, bool required = false, bool requireEnglish = false)
    {
        var node = required ? Required(map, key, "{zh: …, en: …}", bag) : Present(map, key);
        switch (node)
        {
            case null:
                return null;
            case YScalar s when !requireEnglish:
                return new LocalizedText(s.Value, null);
            case YMapping m:
                CheckKeys(m, ["zh", "en"], bag);
                var zh = String(m, "zh", bag, required: true);
                var en = String(m, "en", bag, required: requireEnglish);
                return zh is null ? null : new LocalizedText(zh, en);
            default:
                WrongType(key, "{zh: …, en: …}", node, "{zh: 社区, en: Communities}", bag);
                return null;
        }
    }

    /// <summary>Reports a wrong type at <paramref name="node"/>.</summary>
    public static void WrongType(string key, string expected, YNode node, string? example, DiagnosticBag bag) =>
        bag.Report(DiagnosticCodes.WrongType, node.Start, key, expected, Found(node), DiagnosticTexts.ForExample(example));

    /// <summary>How a node reads in a message: "the text 'abc'", "a list", …</summary>
    public static string Found(YNode node) => node is YScalar s ? s.Describe() : node.KindName;

    /// <summary>
    /// Reports item <paramref name="index"/> (0-based) of the list under <paramref name="key"/> as not a single
    /// value. The message names the item, not the list, which is a list all right.
    /// </summary>
    public static void WrongItem(string key, string expected, int index, YNode item, DiagnosticBag bag)
    {
        var hint = item switch
        {
            // '充电: 免费' as an item is a mapping: the ': ' that a Chinese text may hold is YAML's key separator.
            YMapping { Entries: [{ Value: YScalar { IsNull: false } value } entry] } =>
                DiagnosticTexts.ItemWithColon(key, entry.Key.Value, value.Value, Joined(entry.Key.Value, value.Value)),
            YMapping => DiagnosticTexts.ItemMapping(key),
            _ => DiagnosticTexts.ItemList(key),
        };
        bag.Add(DiagnosticCodes.WrongType.Create(item.Start, key, expected, Found(item), "")
            with { Message = DiagnosticTexts.WrongItem(key, index + 1, expected, Found(item)), Hint = hint });
    }

    // Chinese words join without a space ('充电免费'), Latin ones with one.
    private static string Joined(string before, string after) =>
        before.Length > 0 && after.Length > 0 && char.IsAsciiLetterOrDigit(before[^1]) && char.IsAsciiLetterOrDigit(after[0])
            ? before + " " + after
            : before + after;

    private static int FirstNotScalar(YSequence seq)
    {
        for (var i = 0; i < seq.Items.Length; i++)
        {
            if (seq.Items[i] is not YScalar) return i;
        }
        return -1;
    }

    private static YNode? Present(YMapping map, string key) => map.Get(key) is { } v && v is not YScalar { IsNull: true } ? v : null;
}
