using System.Globalization;
using Civic.Site.Model;

namespace Civic.Site.Diagnostics;

/// <summary>The phrases that fill diagnostic messages: type names, examples, ranges. Kept beside the codes.</summary>
public static class DiagnosticTexts
{
    /// <summary>"an integer", "a date (YYYY-MM-DD)", … as used in "must be …".</summary>
    public static string Describe(FieldSchema field) => field.Type switch
    {
        FieldType.String => "a text",
        FieldType.Integer => "an integer",
        FieldType.Number => "a number",
        FieldType.Boolean => "true or false",
        FieldType.Date when field.IsPartialDate => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        FieldType.Date => "a date (YYYY-MM-DD)",
        FieldType.Year => "a year (YYYY)",
        FieldType.YearMonth => "a month (YYYY-MM)",
        FieldType.Array => "a list",
        _ => "a value",
    };

    /// <summary>", for example …", or nothing when there is no example.</summary>
    public static string ForExample(string? example) => example is null ? "" : $", for example {example}";

    /// <summary>What a required field needs, for "add 'key:' with …".</summary>
    public static string Expected(FieldSchema field) =>
        field.Type == FieldType.Array
            ? "a list with at least one item" + ForExample(Example(field))
            : Describe(field) + ForExample(Example(field));

    /// <summary>An example value of the field's type as written in YAML, or null for texts.</summary>
    public static string? Example(FieldSchema field) => field.Type switch
    {
        FieldType.Integer => "15546",
        FieldType.Number => "3.5",
        FieldType.Boolean => "true",
        FieldType.Date when field.IsPartialDate => "2024-07",
        FieldType.Date => "2024-07-15",
        FieldType.Year => "2024",
        FieldType.YearMonth => "2024-07",
        FieldType.Array => field.Reference is null ? "[a, b]" : $"[{field.Reference}-id]",
        _ => null,
    };

    /// <summary>"at least 0", "at most 100" or "between 0 and 100".</summary>
    public static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"between {a} and {b}"),
        ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"at least {a}"),
        (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"at most {b}"),
        _ => "any",
    };

    /// <summary>Names of YAML node kinds as editors know them.</summary>
    public const string Scalar = "a single value";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Sequence = "a list";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Mapping = "a mapping";

    /// <summary>See <see cref="Scalar"/>.</summary>
    public const string Nothing = "nothing";

    // Details of CIV1004 (YAML syntax) that Civic finds itself; the parser's own descriptions are passed through.

    /// <summary>A second '---' document in one file.</summary>
    public const string YamlSecondDocument = "a file holds one YAML document; remove this '---' line";

    /// <summary>Input the parser gave up on, with nothing more specific known.</summary>
    public const string YamlUnreadable = "the YAML cannot be read here";

    /// <summary>Input the parser gave up on after the last value read.</summary>
    public const string YamlUnreadableAfter = "the YAML cannot be read after this point";

    /// <summary>Nesting past the depth limit.</summary>
    public static string YamlTooDeep(int limit) => $"values nested deeper than {limit} levels";

    /// <summary>An alias used before (or without) its anchor.</summary>
    public static string YamlUnknownAlias(string name) => $"alias '*{name}' has no anchor before it";

    /// <summary>A list or mapping used as a key.</summary>
    public static string YamlComplexKey(string kind) => $"a key must be a single value, not {kind}";

    /// <summary>A flow collection never closed.</summary>
    public static string YamlNotClosed(char bracket) => $"this '{bracket}' is not closed";

    /// <summary>The related note pointing at a flow collection still open at an error.</summary>
    public static string YamlStillOpen(char bracket) => $"the '{bracket}' opened here is still open";

    /// <summary>Hint for a flow collection never closed.</summary>
    public static string YamlCloseIt(char bracket) =>
        $"add the closing '{(bracket == '[' ? ']' : '}')}' after the last item";

    /// <summary>A tab in the whitespace that indents a line.</summary>
    public const string YamlTabIndent = "a tab is used for indentation";

    /// <summary>Hint for <see cref="YamlTabIndent"/>.</summary>
    public const string YamlTabIndentHint = "replace the tab with spaces (YAML indents with spaces only)";

    /// <summary>A key written 'key:value', which YAML reads as one text.</summary>
    public static string YamlNoSpaceAfterColon(string key) => $"no space after ':' following the key '{key}'";

    /// <summary>Hint for <see cref="YamlNoSpaceAfterColon"/>: the line as it should be written.</summary>
    public static string YamlNoSpaceAfterColonHint(string key, string value) =>
        $"write \"{key}: {value}\" (YAML needs a space after ':')";

    /// <summary>What site.yml's <c>base_url</c> must be, for CIV2102.</summary>
    public const string AbsoluteUrl = "an absolute http(s) URL";

    /// <summary>What <c>stories_per_page</c> means, for the alternate hint of CIV2104.</summary>
    public const string StoriesPerPage = "how many stories each page of the story list shows";

    /// <summary>What <c>term_stories_per_page</c> means, for the alternate hint of CIV2104.</summary>
    public const string TermStoriesPerPage = "how many stories each page of a district or topic shows";

    /// <summary>Hint of CIV3001 for a value that cannot be an id, so that no file is suggested under its name.</summary>
    public static string NotAnId(string dataset) =>
        $"write the id of a record of '{dataset}', not its name: ids are the file names in data/{dataset}/ without .yml";

    /// <summary>Hint of CIV3001 for ids run together with a full-width comma: the list as it should be written.</summary>
    public static string FullWidthComma(char comma, string list) =>
        $"'{comma}' is a full-width comma, which YAML does not take for ','; separate the ids with ',': {list}";

    /// <summary>Hint of CIV2102 for a list written with full-width brackets: the list as it should be written.</summary>
    public static string FullWidthBrackets(string list) =>
        $"'［' and '］' are full-width brackets, which YAML does not take for '[' and ']'; write the list as {list}";

    /// <summary>Detail of CIV2115 when a pattern is too slow on a value.</summary>
    public const string PatternTimeout = "matching this value took longer than a second";
}
