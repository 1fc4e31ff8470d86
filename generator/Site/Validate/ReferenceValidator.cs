using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Validate;

/// <summary>
/// Checks that every id named by a reference field of a record, or by a story's front matter, is a record of
/// the dataset it points into; warns about records of record-page datasets that no story mentions. Only reports.
/// </summary>
public static class ReferenceValidator
{
    /// <summary>Checks all references of the site.</summary>
    /// <param name="everyStoryRead">False when a story file could not be read: then no record is reported as unmentioned.</param>
    public static void Validate(LoadedSite site, DiagnosticBag bag, bool everyStoryRead = true)
    {
        var index = site.Datasets
            .Where(d => d.Definition is not null)
            .ToDictionary(d => d.Id, d => IdsOf(d), StringComparer.Ordinal);

        foreach (var dataset in site.Datasets)
        {
            if (dataset.Definition is not { } definition) continue;
            foreach (var field in definition.Fields)
            {
                if (field.Reference is not { } target || !index.TryGetValue(target, out var ids)) continue;
                foreach (var record in dataset.Records)
                {
                    // A single value where a list belongs is reported as a wrong type; it is not also an unknown id.
                    if (record.Yaml.Get(field.Name) is not { } node || (field.Type == FieldType.Array && node is YScalar)) continue;
                    Check(site, field.Name, node, target, ids, bag);
                    RepeatedIdCheck.Run(field.Name, node, bag);
                }
            }
        }

        // Only the datasets with record pages are checked for unmentioned records.
        var mentioned = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var datasetId in site.Config?.RecordPages ?? []) mentioned.TryAdd(datasetId, new HashSet<string>(StringComparer.Ordinal));
        foreach (var story in site.Stories)
        {
            if (story.IsTranslation) continue;
            foreach (var entry in story.FrontMatter.Entries)
            {
                var key = entry.Key.Value;
                var target = key == "district" ? "districts" : key;
                if (!index.TryGetValue(target, out var ids)) continue;
                mentioned.TryGetValue(target, out var seen);
                // Every story goes through here, so the ids are walked without allocating. Only 'district' takes a
                // single id; a single value under a list key is StoryValidator's wrong type, not an unknown id.
                if (entry.Value is YScalar { IsNull: false } one)
                {
                    if (key == "district") Check(site, key, one, target, ids, seen, bag);
                    else seen?.Add(one.Value);
                }
                else if (entry.Value is YSequence list)
                {
                    RepeatedIdCheck.Run(key, list, bag);
                    foreach (var item in list.Items)
                    {
                        if (item is YScalar { IsNull: false } id) Check(site, key, id, target, ids, seen, bag);
                    }
                }
            }
        }

        // A story that could not be read names records nobody sees: saying they are unmentioned would be wrong.
        if (!everyStoryRead) return;

        foreach (var datasetId in site.Config?.RecordPages ?? [])
        {
            if (site.Dataset(datasetId) is not { } dataset) continue;
            var seen = mentioned[datasetId];
            foreach (var record in dataset.Records.Where(r => !seen.Contains(r.FileId)))
            {
                bag.Report(DiagnosticCodes.UnmentionedRecord, SourceLocation.StartOf(record.Path), datasetId, record.FileId);
            }
        }
    }

    private static void Check(LoadedSite site, string key, YNode node, string target, HashSet<string> ids, DiagnosticBag bag)
    {
        foreach (var id in Ids(node)) Check(site, key, id, target, ids, null, bag);
    }

    private static void Check(LoadedSite site, string key, YScalar id, string target, HashSet<string> ids, HashSet<string>? mentioned, DiagnosticBag bag)
    {
        mentioned?.Add(id.Value);
        if (ids.Contains(id.Value)) return;
        // "- a\n  - b" (the second item indented further) is the single text "a - b".
        if (id.Value.Contains(" - ", StringComparison.Ordinal) && id.Value.Split(" - ").All(ids.Contains))
        {
            bag.Add(DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, null) with { Hint = DiagnosticTexts.MisalignedList });
            return;
        }

        // "[a，b]" from a Chinese keyboard is one id; show the list it was meant to be.
        var comma = id.Value.AsSpan().IndexOfAny('，', '、');
        if (comma >= 0)
        {
            bag.Add(DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, null)
                with { Hint = DiagnosticTexts.FullWidthComma(id.Value[comma], YamlValues.ListOf(id.Value)) });
            return;
        }
        // Editors often write a record's name ("武昌区") where its id belongs.
        if (RecordNamed(site.Dataset(target), id.Value) is { } named)
        {
            bag.Add(DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, $"'{named.Id}' ({named.Name})"));
            return;
        }
        var suggestion = Suggestions.Closest(id.Value, ids.Order(StringComparer.Ordinal));
        if (suggestion is not null)
        {
            bag.Add(DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, $"'{suggestion}'"));
        }
        else if (Slug.IsValid(id.Value))
        {
            bag.Add(DiagnosticCodes.UnknownReference.CreateWithAlternateHint(id.Start, key, id.Value, target, null));
        }
        else
        {
            // No file can be named after a value that is not an id, so none is suggested.
            bag.Add(DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, null) with { Hint = DiagnosticTexts.NotAnId(target) });
        }
    }

    // The record whose title (Chinese, or English ignoring case) is the value, as its id and title; else the only
    // record whose Chinese title starts with a Chinese value of two characters or more ("江夏" for 江夏区).
    private static (string Id, string Name)? RecordNamed(LoadedDataset? dataset, string value)
    {
        if (dataset?.Definition is not { } definition) return null;
        value = value.Trim();
        var byPrefix = value.Length >= 2 && value.Any(c => c >= '\u4e00' && c <= '\u9fff');
        (string Id, string Name)? only = null;
        var prefixes = 0;
        foreach (var record in dataset.Records)
        {
            if (record.Yaml.Get(definition.TitleField) is YScalar zh)
            {
                if (zh.Value == value) return (IdOf(record, definition), zh.Value);
                if (byPrefix && zh.Value.StartsWith(value, StringComparison.Ordinal))
                {
                    only = (IdOf(record, definition), zh.Value);
                    prefixes++;
                }
            }
            if (definition.TitleFieldEn is { } en && record.Yaml.Get(en) is YScalar english
                && string.Equals(english.Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return (IdOf(record, definition), english.Value);
            }
        }
        return prefixes == 1 ? only : null;
    }

    private static string IdOf(RecordFile record, DatasetDefinition definition) =>
        record.Yaml.Get(definition.PrimaryKey) is YScalar { IsNull: false } s ? s.Value : record.FileId;

    private static IEnumerable<YScalar> Ids(YNode node) => node switch
    {
        YScalar { IsNull: true } => [],
        YScalar s => [s],
        YSequence seq => seq.Items.OfType<YScalar>().Where(s => !s.IsNull),
        _ => [],
    };

    private static HashSet<string> IdsOf(LoadedDataset dataset)
    {
        return dataset.Records
            .Select(r => IdOf(r, dataset.Definition!))
            .Concat(dataset.FileIds)
            .ToHashSet(StringComparer.Ordinal);
    }
}
