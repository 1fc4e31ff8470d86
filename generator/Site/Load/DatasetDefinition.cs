using System.Collections.Immutable;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>A dataset's <c>_dataset.yml</c>, read, with the YAML kept for locating problems.</summary>
/// <param name="Id">Folder name under data/.</param>
/// <param name="Title">Title (zh and en).</param>
/// <param name="Description">Description (zh and en).</param>
/// <param name="Licence">Licence id.</param>
/// <param name="Version">Version or null.</param>
/// <param name="PrimaryKey">Primary-key field name.</param>
/// <param name="TitleField">Field shown as a record title.</param>
/// <param name="TitleFieldEn">Field with the English title, or null.</param>
/// <param name="Fields">The fields that could be read.</param>
/// <param name="IsComplete">False when some field could not be read, so records are not checked against it.</param>
/// <param name="SourcePath">Path of _dataset.yml relative to the root.</param>
/// <param name="Yaml">The file's mapping.</param>
/// <param name="FieldYaml">Field name → the field's mapping.</param>
public sealed record DatasetDefinition(
    string Id,
    LocalizedText Title,
    LocalizedText Description,
    string Licence,
    string? Version,
    string PrimaryKey,
    string TitleField,
    string? TitleFieldEn,
    ImmutableArray<FieldSchema> Fields,
    bool IsComplete,
    string SourcePath,
    YMapping Yaml,
    ImmutableDictionary<string, YMapping> FieldYaml)
{
    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldSchema? Field(string name)
    {
        foreach (var f in Fields)
        {
            if (f.Name == name) return f;
        }
        return null;
    }
}
