using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// Reads the mapping of a <c>_dataset.yml</c> into a <see cref="DatasetDefinition"/>, reporting problems in the
/// definition itself (unknown keys, unknown types, bad patterns, fields declared twice). Whether the named
/// primary key and reference datasets exist is checked later, by DatasetValidator.
/// </summary>
public static class DatasetSchemaReader
{
    private static readonly string[] Keys =
        ["title", "description", "licence", "version", "primary_key", "title_field", "title_field_en", "fields"];

    private static readonly string[] FieldKeys =
        ["name", "type", "title", "description", "unit", "format", "reference", "constraints"];

    private static readonly string[] ConstraintKeys =
        ["required", "unique", "minimum", "maximum", "minLength", "maxLength", "pattern", "enum"];

    /// <summary>Type names as written in YAML.</summary>
    public static readonly ImmutableDictionary<string, FieldType> TypeNames = new Dictionary<string, FieldType>
    {
        ["string"] = FieldType.String,
        ["integer"] = FieldType.Integer,
        ["number"] = FieldType.Number,
        ["boolean"] = FieldType.Boolean,
        ["date"] = FieldType.Date,
        ["year"] = FieldType.Year,
        ["yearmonth"] = FieldType.YearMonth,
        ["array"] = FieldType.Array,
    }.ToImmutableDictionary();

    /// <summary>The definition, or null when its title, description, licence or fields cannot be read.</summary>
    public static DatasetDefinition? Read(string id, string path, YMapping map, DiagnosticBag bag)
    {
        YamlValues.CheckKeys(map, Keys, bag);
        var title = YamlValues.Localized(map, "title", bag, required: true, requireEnglish: true);
        var description = YamlValues.Localized(map, "description", bag, required: true, requireEnglish: true);
        var licence = YamlValues.String(map, "licence", bag, required: true);
        var version = YamlValues.String(map, "version", bag);
        var primaryKey = YamlValues.String(map, "primary_key", bag) ?? "id";
        var titleField = YamlValues.String(map, "title_field", bag) ?? "name";
        var titleFieldEn = YamlValues.String(map, "title_field_en", bag);

        var fieldsNode = YamlValues.Required(map, "fields", "a list of fields", bag);
        if (fieldsNode is not null and not YSequence)
        {
            YamlValues.WrongType("fields", "a list of fields", fieldsNode, "- name: id", bag);
        }
        var fields = ImmutableArray.CreateBuilder<FieldSchema>();
        var fieldYaml = ImmutableDictionary.CreateBuilder<string, YMapping>();
        var complete = fieldsNode is YSequence;
        foreach (var item in (fieldsNode as YSequence)?.Items ?? [])
        {
            var fm = YamlValues.AsMapping(item, "a field", bag);
            var field = fm is null ? null : ReadField(fm, bag);
            if (field is null)
            {
                complete = false;
                continue;
            }
            if (fieldYaml.TryGetValue(field.Name, out var first))
            {
                bag.Report(DiagnosticCodes.DuplicateField, fm!.Get("name")!.Start, field.Name, $"{first.Start.Line}:{first.Start.Column}");
                continue;
            }
            fields.Add(field);
            fieldYaml.Add(field.Name, fm!);
        }

        if (title is null || description is null || licence is null) return null;
        return new DatasetDefinition(id, title, description, licence, version, primaryKey, titleField, titleFieldEn,
            fields.ToImmutable(), complete, path, map, fieldYaml.ToImmutable());
    }

    private static FieldSchema? ReadField(YMapping map, DiagnosticBag bag)
    {
        var errors = bag.ErrorCount;
        YamlValues.CheckKeys(map, FieldKeys, bag);
        var name = YamlValues.String(map, "name", bag, required: true);
        var typeName = YamlValues.String(map, "type", bag, required: true);
        var title = YamlValues.Localized(map, "title", bag, required: true, requireEnglish: true);
        var description = YamlValues.Localized(map, "description", bag);
        var unit = YamlValues.Localized(map, "unit", bag);
        var format = YamlValues.String(map, "format", bag);
        var reference = YamlValues.String(map, "reference", bag);
        FieldType type = default;
        if (typeName is not null && !TypeNames.TryGetValue(typeName, out type))
        {
            var all = string.Join(", ", TypeNames.Keys.Order(StringComparer.Ordinal));
            var suggestion = Suggestions.Closest(typeName, TypeNames.Keys);
            var at = map.Get("type")!.Start;
            bag.Add(suggestion is null
                ? DiagnosticCodes.UnknownFieldType.CreateWithAlternateHint(at, typeName, null, all)
                : DiagnosticCodes.UnknownFieldType.Create(at, typeName, suggestion, all));
        }
        var constraints = ReadConstraints(map, bag);
        if (bag.ErrorCount > errors || name is null || title is null || constraints is null) return null;
        return new FieldSchema(name, type, title, description, unit, format, reference, constraints);
    }

    private static FieldConstraints? ReadConstraints(YMapping field, DiagnosticBag bag)
    {
        if (!field.HasValue("constraints")) return FieldConstraints.None;
        var map = YamlValues.AsMapping(field.Get("constraints"), "'constraints'", bag);
        if (map is null) return null;
        YamlValues.CheckKeys(map, ConstraintKeys, bag);
        var pattern = YamlValues.String(map, "pattern", bag);
        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (RegexParseException ex)
            {
                var reason = string.Concat(ex.Error.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
                bag.Report(DiagnosticCodes.InvalidPattern, map.Get("pattern")!.Start, pattern, $"{reason} at offset {ex.Offset}");
                pattern = null;
            }
        }
        return new FieldConstraints(
            YamlValues.Boolean(map, "required", bag) ?? false,
            YamlValues.Boolean(map, "unique", bag) ?? false,
            YamlValues.Number(map, "minimum", bag),
            YamlValues.Number(map, "maximum", bag),
            (int?)YamlValues.Integer(map, "minLength", bag),
            (int?)YamlValues.Integer(map, "maxLength", bag),
            pattern,
            YamlValues.StringList(map, "enum", bag) ?? []);
    }
}
