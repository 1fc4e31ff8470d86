namespace Civic.Site.Model;

/// <summary>
/// Field types, after Frictionless Table Schema. The comment on each member names the CLR type its values
/// have in <see cref="DataRecord.Values"/>.
/// </summary>
public enum FieldType
{
    /// <summary><see cref="string"/>.</summary>
    String,

    /// <summary><see cref="long"/>.</summary>
    Integer,

    /// <summary><see cref="decimal"/>, so published figures keep exactly the digits written.</summary>
    Number,

    /// <summary><see cref="bool"/>.</summary>
    Boolean,

    /// <summary><see cref="PartialDate"/>; day precision, or any precision with <c>format: partial</c>.</summary>
    Date,

    /// <summary><see cref="PartialDate"/> with year precision.</summary>
    Year,

    /// <summary><see cref="PartialDate"/> with month precision.</summary>
    YearMonth,

    /// <summary><see cref="System.Collections.Immutable.ImmutableArray{T}"/> of <see cref="string"/>.</summary>
    Array,
}
