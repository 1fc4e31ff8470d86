using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>A dataset: <c>data/&lt;id&gt;/_dataset.yml</c> plus its record files, sorted by id.</summary>
public sealed record Dataset
{
    private readonly Dictionary<string, DataRecord> _byId;
    private readonly Dictionary<string, FieldSchema> _fieldsByName;

    /// <summary>Makes a dataset; <paramref name="records"/> are sorted by id (ordinal).</summary>
    public Dataset(
        string id,
        LocalizedText title,
        LocalizedText description,
        string licence,
        string? version,
        string primaryKey,
        string titleField,
        string? titleFieldEn,
        ImmutableArray<FieldSchema> fields,
        IEnumerable<DataRecord> records,
        string sourcePath)
    {
        Id = id;
        Title = title;
        Description = description;
        Licence = licence;
        Version = version;
        PrimaryKey = primaryKey;
        TitleField = titleField;
        TitleFieldEn = titleFieldEn;
        Fields = fields;
        Records = [.. records.OrderBy(r => r.Id, StringComparer.Ordinal)];
        SourcePath = sourcePath;
        _byId = Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _fieldsByName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The folder name under data/; also the URL segment and download file name.</summary>
    public string Id { get; }

    /// <summary>Title in Chinese and English.</summary>
    public LocalizedText Title { get; }

    /// <summary>Description in Chinese and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>Licence id, e.g. <c>CC-BY-4.0</c>.</summary>
    public string Licence { get; }

    /// <summary>Version of the dataset, or null.</summary>
    public string? Version { get; }

    /// <summary>Name of the primary-key field (usually <c>id</c>).</summary>
    public string PrimaryKey { get; }

    /// <summary>Field shown as a record's title.</summary>
    public string TitleField { get; }

    /// <summary>Field with the English title, or null.</summary>
    public string? TitleFieldEn { get; }

    /// <summary>The fields, in declared order (also the column order of downloads).</summary>
    public ImmutableArray<FieldSchema> Fields { get; }

    /// <summary>The records, sorted by id (ordinal).</summary>
    public ImmutableArray<DataRecord> Records { get; }

    /// <summary>The <c>_dataset.yml</c> file, relative to the site root.</summary>
    public string SourcePath { get; }

    /// <summary>The record with primary key <paramref name="id"/>, or null.</summary>
    public DataRecord? Find(string id) => _byId.TryGetValue(id, out var r) ? r : null;

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldSchema? Field(string name) => _fieldsByName.TryGetValue(name, out var f) ? f : null;
}
