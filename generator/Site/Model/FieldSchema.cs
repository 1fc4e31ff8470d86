namespace Civic.Site.Model;

/// <summary>One field of a dataset, declared in its <c>_dataset.yml</c>.</summary>
/// <param name="Name">Key used in record files, and column name in downloads.</param>
/// <param name="Type">Value type.</param>
/// <param name="Title">Column title in Chinese and English.</param>
/// <param name="Description">Longer explanation for the field dictionary, or null.</param>
/// <param name="Unit">Unit of measure, or null.</param>
/// <param name="Format">Type format; <c>partial</c> on a date allows <c>YYYY</c> and <c>YYYY-MM</c>.</param>
/// <param name="Reference">Id of the dataset this field points into (a foreign key), or null.</param>
/// <param name="Constraints">Constraints on the values.</param>
public sealed record FieldSchema(
    string Name,
    FieldType Type,
    LocalizedText Title,
    LocalizedText? Description,
    LocalizedText? Unit,
    string? Format,
    string? Reference,
    FieldConstraints Constraints)
{
    /// <summary>True for a date field that accepts a year or a month alone.</summary>
    public bool IsPartialDate => Type == FieldType.Date && Format == "partial";

    /// <summary>True when the field holds ids of another dataset's records.</summary>
    public bool IsReference => Reference is not null;
}
