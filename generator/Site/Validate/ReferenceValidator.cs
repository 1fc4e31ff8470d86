using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Validate;

/// <summary>
/// Checks that every id named by a reference field of a record, or by a story's front matter, is a record of
/// the dataset it points into; warns about records of record-page datasets that no story mentions. Only reports.
/// </summary>
public static class ReferenceValidator
{
    /// <summary>Checks all references of the site.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
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
                    if (record.Yaml.Get(field.Name) is { } node) Check(field.Name, node, target, ids, bag);
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
                // Every story goes through here, so the ids are walked without allocating.
                if (entry.Value is YScalar { IsNull: false } one)
                {
                    Check(key, one, target, ids, seen, bag);
                }
                else if (entry.Value is YSequence list)
                {
                    foreach (var item in list.Items)
                    {
                        if (item is YScalar { IsNull: false } id) Check(key, id, target, ids, seen, bag);
                    }
                }
            }
        }

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

    private static void Check(string key, YNode node, string target, HashSet<string> ids, DiagnosticBag bag)
    {
        foreach (var id in Ids(node)) Check(key, id, target, ids, null, bag);
    }

    private static void Check(string key, YScalar id, string target, HashSet<string> ids, HashSet<string>? mentioned, DiagnosticBag bag)
    {
        mentioned?.Add(id.Value);
        if (ids.Contains(id.Value)) return;
        var suggestion = Suggestions.Closest(id.Value, ids.Order(StringComparer.Ordinal));
        bag.Add(suggestion is null
            ? DiagnosticCodes.UnknownReference.CreateWithAlternateHint(id.Start, key, id.Value, target, null)
            : DiagnosticCodes.UnknownReference.Create(id.Start, key, id.Value, target, suggestion));
    }

    private static IEnumerable<YScalar> Ids(YNode node) => node switch
    {
        YScalar { IsNull: true } => [],
        YScalar s => [s],
        YSequence seq => seq.Items.OfType<YScalar>().Where(s => !s.IsNull),
        _ => [],
    };

    private static HashSet<string> IdsOf(LoadedDataset dataset)
    {
        var key = dataset.Definition!.PrimaryKey;
        return dataset.Records
            .Select(r => r.Yaml.Get(key) is YScalar { IsNull: false } s ? s.Value : r.FileId)
            .Concat(dataset.FileIds)
            .ToHashSet(StringComparer.Ordinal);
    }
}
