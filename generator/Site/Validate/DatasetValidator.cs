using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Validate;

/// <summary>
/// Checks each dataset as a whole: the primary key and title fields are declared, referenced datasets exist,
/// ids are unique, and so are the values of <c>unique</c> fields. Only reports.
/// </summary>
public static class DatasetValidator
{
    /// <summary>Checks every dataset whose definition could be read.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        var ids = site.Datasets.Select(d => d.Id).ToList();
        foreach (var dataset in site.Datasets)
        {
            if (dataset.Definition is not { } definition) continue;
            CheckDeclared(definition, "primary_key", definition.PrimaryKey, bag);
            CheckDeclared(definition, "title_field", definition.TitleField, bag);
            if (definition.TitleFieldEn is { } en) CheckDeclared(definition, "title_field_en", en, bag);
            foreach (var field in definition.Fields)
            {
                if (field.Reference is not { } target || ids.Contains(target)) continue;
                ReportUnknownDataset("reference", target, definition.FieldYaml[field.Name].Get("reference")!, ids, bag);
            }
            if (definition.IsComplete) CheckUnique(definition, dataset, bag);
        }
    }

    /// <summary>Reports <paramref name="name"/> as a dataset that does not exist, suggesting the closest.</summary>
    public static void ReportUnknownDataset(string key, string name, YNode at, IReadOnlyCollection<string> ids, DiagnosticBag bag)
    {
        var suggestion = Suggestions.Closest(name, ids);
        var all = string.Join(", ", ids);
        bag.Add(suggestion is null
            ? DiagnosticCodes.UnknownDataset.CreateWithAlternateHint(at.Start, key, name, null, all)
            : DiagnosticCodes.UnknownDataset.Create(at.Start, key, name, suggestion, all));
    }

    private static void CheckDeclared(DatasetDefinition definition, string key, string field, DiagnosticBag bag)
    {
        if (definition.Field(field) is not null || !definition.IsComplete) return;
        var at = definition.Yaml.Get(key)?.Start ?? definition.Yaml.Start;
        bag.Report(DiagnosticCodes.UndeclaredField, at, key, field);
    }

    private static void CheckUnique(DatasetDefinition definition, LoadedDataset dataset, DiagnosticBag bag)
    {
        // Records whose id matches their file name claim the id first, so a copied file with a stale id is the
        // one reported as the duplicate.
        var ordered = dataset.Records
            .OrderBy(r => IdOf(definition, r) == r.FileId ? 0 : 1)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var seenIds = new Dictionary<string, RecordFile>(StringComparer.Ordinal);
        foreach (var record in ordered)
        {
            if (record.Yaml.Get(definition.PrimaryKey) is not YScalar { IsNull: false } id) continue;
            if (seenIds.TryGetValue(id.Value, out var first))
            {
                bag.Report(DiagnosticCodes.DuplicateId, id.Start, id.Value, dataset.Id, first.Path);
            }
            else
            {
                seenIds.Add(id.Value, record);
            }
        }

        foreach (var field in definition.Fields)
        {
            if (!field.Constraints.Unique || field.Name == definition.PrimaryKey) continue;
            var seen = new Dictionary<string, RecordFile>(StringComparer.Ordinal);
            foreach (var record in dataset.Records)
            {
                if (record.Yaml.Get(field.Name) is not YScalar { IsNull: false } value) continue;
                if (seen.TryGetValue(value.Value, out var first))
                {
                    bag.Report(DiagnosticCodes.NotUnique, value.Start, field.Name, value.Value, first.Path);
                }
                else
                {
                    seen.Add(value.Value, record);
                }
            }
        }
    }

    private static string? IdOf(DatasetDefinition definition, RecordFile record) =>
        (record.Yaml.Get(definition.PrimaryKey) as YScalar)?.Value;
}
