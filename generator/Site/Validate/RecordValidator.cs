using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Validate;

/// <summary>
/// Checks each record file against its dataset's fields: file name, unknown keys, required keys, types,
/// constraints (range, length, pattern, enum) and that the id equals the file name. Only reports.
/// </summary>
public static class RecordValidator
{
    /// <summary>Checks every record of every dataset whose definition could be read completely.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        foreach (var dataset in site.Datasets)
        {
            if (dataset.Definition is not { IsComplete: true } definition) continue;
            foreach (var record in dataset.Records)
            {
                // The id is checked against the folder's other files, so it is not part of what is cached per record.
                CheckId(definition, record, dataset.FileIds.Contains, bag);
                if (site.Cache is not { } cache)
                {
                    CheckFields(definition, record, bag);
                    continue;
                }
                // Once per parsed record and definition when loading through a cache.
                bag.AddRange(cache.Checks.Get(record, definition, (definition, record), static s =>
                {
                    var own = new DiagnosticBag();
                    CheckFields(s.definition, s.record, own);
                    return [.. own.ToArray()];
                }));
            }
        }
    }

    /// <summary>Checks one record file, not knowing which other files its folder holds.</summary>
    public static void Validate(DatasetDefinition definition, RecordFile record, DiagnosticBag bag)
    {
        CheckFields(definition, record, bag);
        CheckId(definition, record, static _ => false, bag);
    }

    // The id must equal the file name. Renaming the file is offered only when the id could be a file name and
    // no other record file has that name already (a copied file whose id was not changed).
    private static void CheckId(DatasetDefinition definition, RecordFile record, Func<string, bool> fileExists, DiagnosticBag bag)
    {
        if (record.Yaml.Get(definition.PrimaryKey) is not YScalar { IsNull: false } id || id.Value == record.FileId) return;
        var folder = record.Path[..(record.Path.LastIndexOf('/') + 1)];
        var taken = fileExists(id.Value);
        bag.Add(Slug.IsValid(id.Value) && !taken
            ? DiagnosticCodes.IdMismatch.Create(id.Start, id.Value, record.FileId, null)
            : DiagnosticCodes.IdMismatch.CreateWithAlternateHint(id.Start, id.Value, record.FileId,
                taken ? DiagnosticTexts.FileTaken($"{folder}{id.Value}.yml") : DiagnosticTexts.NotAFileName(id.Value)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckFields(DatasetDefinition definition, RecordFile record, DiagnosticBag bag)
    {
        var map = record.Yaml;
        if (!Slug.IsValid(record.FileId))
        {
            bag.Report(DiagnosticCodes.InvalidSlug, SourceLocation.StartOf(record.Path), record.FileId);
        }
        foreach (var e in map.Entries)
        {
            if (definition.Field(e.Key.Value) is null) YamlValues.ReportUnknown(e.Key, definition.Fields.Select(f => f.Name), bag);
        }
        foreach (var field in definition.Fields)
        {
            var node = map.Get(field.Name);
            var value = node is null ? null : RecordValueReader.Read(field, node, bag);
            var empty = value is null && (node is null || node is YScalar { IsNull: true });
            if (field.Constraints.Required && (empty || value is System.Collections.Immutable.ImmutableArray<string> { IsEmpty: true }))
            {
                var at = node is YSequence ? node.Start : map.Entry(field.Name)?.Key.Start ?? map.Start;
                bag.Report(node is null ? DiagnosticCodes.MissingRequired : DiagnosticCodes.EmptyRequired, at, field.Name, DiagnosticTexts.Expected(field));
            }
            if (value is not null) CheckConstraints(field, node!, value, bag);
        }
    }

    private static void CheckConstraints(FieldSchema field, YNode node, object value, DiagnosticBag bag)
    {
        var c = field.Constraints;
        switch (value)
        {
            case long or decimal:
                var number = value is long l ? l : (decimal)value;
                if (number < c.Minimum || number > c.Maximum)
                {
                    bag.Report(DiagnosticCodes.OutOfRange, node.Start, field.Name,
                        number.ToString(CultureInfo.InvariantCulture), DiagnosticTexts.Range(c.Minimum, c.Maximum));
                }
                break;
            case string s:
                if (c.MinLength is not null || c.MaxLength is not null) CheckLength(field, node, Characters(s), bag);
                CheckText(field, node, s, bag);
                break;
            case System.Collections.Immutable.ImmutableArray<string> list:
                CheckLength(field, node, list.Length, bag);
                var items = ((YSequence)node).Items;
                for (var i = 0; i < list.Length; i++) CheckText(field, items[i], list[i], bag);
                break;
        }
    }

    // Characters as a reader counts them: Unicode scalar values.
    private static int Characters(string s)
    {
        var n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }

    private static void CheckLength(FieldSchema field, YNode node, int length, DiagnosticBag bag)
    {
        var c = field.Constraints;
        if (length < c.MinLength || length > c.MaxLength)
        {
            bag.Report(DiagnosticCodes.LengthOutOfRange, node.Start, field.Name, length, DiagnosticTexts.Range(c.MinLength, c.MaxLength));
        }
    }

    private static void CheckText(FieldSchema field, YNode node, string text, DiagnosticBag bag)
    {
        var c = field.Constraints;
        if (c.Pattern is not null && !Matches(c.Pattern, text, node, bag))
        {
            bag.Add(IdPatternHint.IsIdPattern(c.Pattern)
                ? DiagnosticCodes.PatternMismatch.CreateWithAlternateHint(node.Start, field.Name, text, c.Pattern, IdPatternHint.Suggest(text))
                : DiagnosticCodes.PatternMismatch.Create(node.Start, field.Name, text, c.Pattern));
        }
        if (!c.Enum.IsEmpty && !c.Enum.Contains(text))
        {
            var suggestion = Suggestions.Closest(text, c.Enum);
            var allowed = string.Join(", ", c.Enum);
            bag.Add(suggestion is null
                ? DiagnosticCodes.NotInEnum.CreateWithAlternateHint(node.Start, field.Name, text, null, allowed)
                : DiagnosticCodes.NotInEnum.Create(node.Start, field.Name, text, suggestion, allowed));
        }
    }

    // A pattern comes from content, so a pathological one must end as a diagnostic, not hang or crash the check.
    private static bool Matches(string pattern, string text, YNode node, DiagnosticBag bag)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            bag.Report(DiagnosticCodes.InvalidPattern, node.Start, pattern, DiagnosticTexts.PatternTimeout);
            return true;
        }
    }
}
