using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>
/// One record of a dataset: one file <c>data/&lt;dataset&gt;/&lt;id&gt;.yml</c>. <see cref="Values"/> holds only
/// the fields the file gives, typed by the schema: string → <see cref="string"/>, integer → <see cref="long"/>,
/// number → <see cref="decimal"/>, boolean → <see cref="bool"/>, date/year/yearmonth → <see cref="PartialDate"/>,
/// array → <see cref="ImmutableArray{T}"/> of <see cref="string"/>.
/// </summary>
/// <param name="Dataset">Id of the dataset.</param>
/// <param name="Id">The record's primary key, equal to its file name.</param>
/// <param name="Title">The record's display title, from the dataset's title fields (falls back to the id).</param>
/// <param name="Values">Field name → typed value, for the fields present in the file.</param>
/// <param name="SourcePath">The file, relative to the site root.</param>
public sealed record DataRecord(
    string Dataset,
    string Id,
    LocalizedText Title,
    ImmutableDictionary<string, object> Values,
    string SourcePath)
{
    /// <summary>The value of a field, or null when the file does not give it.</summary>
    public object? Get(string field) => Values.TryGetValue(field, out var v) ? v : null;

    /// <summary>True when the file gives <paramref name="field"/>.</summary>
    public bool Has(string field) => Values.ContainsKey(field);

    /// <summary>A string field's value, or null.</summary>
    public string? GetString(string field) => Get(field) as string;

    /// <summary>An array field's items; empty when absent.</summary>
    public ImmutableArray<string> GetList(string field) =>
        Get(field) is ImmutableArray<string> list ? list : [];

    /// <summary>
    /// The ids this record points to through <paramref name="field"/>: the items of an array field, or the single
    /// value of a string field, or nothing.
    /// </summary>
    public ImmutableArray<string> GetIds(string field) => Get(field) switch
    {
        ImmutableArray<string> list => list,
        string s => [s],
        _ => [],
    };
}
