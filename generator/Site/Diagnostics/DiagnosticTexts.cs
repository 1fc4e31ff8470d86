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

    // Hints of CIV2102 for a number written as a text; each shows the line as it should be written.

    /// <summary>A number in quotes ("81").</summary>
    public static string NumberInQuotes(string line) => $"remove the quotes, which make it a text: {line}";

    /// <summary>A number with thousands separators (12,000).</summary>
    public static string NumberWithSeparators(string line) => $"write the number without thousands separators: {line}";

    /// <summary>A number in full-width digits (８１).</summary>
    public static string NumberInFullWidth(string line) => $"write the number in ASCII digits: {line}";

    /// <summary>A number with 万 or 亿 (1.2万): the plain number it stands for.</summary>
    public static string NumberWithMultiplier(string written, string number, string line) =>
        $"write the plain number ({written} is {number}): {line}";

    /// <summary>A number followed by its unit (300元).</summary>
    public static string NumberAlone(string line) => $"write the number alone: {line}";

    /// <summary>
    /// Added to the hints above when a unit followed the number, naming the field's unit when it has one; a unit
    /// that is not the field's may mean the figure counts something else, which only the source can settle.
    /// </summary>
    public static string NumberUnit(string written, string? fieldUnit) =>
        fieldUnit is null ? $"; the unit '{written}' belongs to the field, not to its value"
        : fieldUnit.Contains(written, StringComparison.Ordinal) || written.Contains(fieldUnit, StringComparison.Ordinal)
            ? $"; the unit '{written}' belongs to the field, whose unit is {fieldUnit} (declared in _dataset.yml)"
            : $"; the field's unit is {fieldUnit}, not '{written}': check the figure against its source";

    /// <summary>Message of CIV2102 for one item of a list (1-based <paramref name="item"/>) that is not a single value.</summary>
    public static string WrongItem(string key, int item, string expected, string found) =>
        $"item {item} of '{key}' must be {expected}, found {found}";

    /// <summary>Hint for an item read as a mapping because of ': ' in it ('充电: 免费').</summary>
    public static string ItemWithColon(string key, string before, string after, string joined) =>
        $"each item of '{key}' is one text, and ': ' makes a mapping: write it in quotes, \"{before}: {after}\", without the colon, {joined}, or as two items, {before} and {after}";

    /// <summary>Hint for an item that is a mapping of several keys or nested values.</summary>
    public static string ItemMapping(string key) =>
        $"each item of '{key}' is one text: put an item holding ': ' in quotes, and write one item per '- ' or between commas";

    /// <summary>Hint for an item that is itself a list.</summary>
    public static string ItemList(string key) =>
        $"write the items of '{key}' in one list, [a, b], not a list inside the list";

    /// <summary>What site.yml's <c>base_url</c> must be, for CIV2102.</summary>
    public const string AbsoluteUrl = "an absolute http(s) URL";

    /// <summary>What <c>stories_per_page</c> means, for the alternate hint of CIV2104.</summary>
    public const string StoriesPerPage = "how many stories each page of the story list shows";

    /// <summary>What <c>term_stories_per_page</c> means, for the alternate hint of CIV2104.</summary>
    public const string TermStoriesPerPage = "how many stories each page of a district or topic shows";

    /// <summary>Hint of CIV3001 for a value that cannot be an id, so that no file is suggested under its name.</summary>
    public static string NotAnId(string dataset) =>
        $"write the id of a record of '{dataset}', not its name: ids are the file names in data/{dataset}/ without .yml";

    /// <summary>Hint of CIV3001 for ids joined by " - ": list items indented differently read as one item.</summary>
    public const string MisalignedList =
        "the list's items are read as one: start every item with '- ' at the same indentation, or write [a, b]";

    /// <summary>Hint of CIV3001 for ids run together with a full-width comma: the list as it should be written.</summary>
    public static string FullWidthComma(char comma, string list) =>
        $"'{comma}' is a full-width comma, which YAML does not take for ','; separate the ids with ',': {list}";

    /// <summary>Hint of CIV2102 for a list written with full-width brackets: the list as it should be written.</summary>
    public static string FullWidthBrackets(string list) =>
        $"'［' and '］' are full-width brackets, which YAML does not take for '[' and ']'; write the list as {list}";

    /// <summary>Detail of CIV2115 when a pattern is too slow on a value.</summary>
    public const string PatternTimeout = "matching this value took longer than a second";
    /// <summary>What a language of synonyms.yml holds, for CIV2102.</summary>
    public const string SynonymGroups = "a list of synonym groups";

    /// <summary>What a synonym group is, for CIV2102.</summary>
    public const string SynonymGroup = "a list of equivalent terms";

    /// <summary>What a term of a synonym group is, for CIV2102.</summary>
    public const string SynonymTerm = "a term (text)";

    // Reasons and hints of CIV2125 (a content file that is not read).

    /// <summary>Why a file with another extension is not read.</summary>
    public static string OnlyExtension(string extension, string plural) => $"only files ending in '{extension}' are read as {plural}";

    /// <summary>Why a file in a subfolder is not read.</summary>
    public static string InSubfolder(string plural, string folder) => $"{plural} are read from {folder}/ itself, not from its subfolders";

    /// <summary>Why a folder named like a content file is not read.</summary>
    public static string FolderNotFile(string name, string singular) => $"'{name}' is a folder, and a folder cannot be a {singular}";

    /// <summary>Hint for a folder named like a content file.</summary>
    public static string FolderNotFileHint(string path, string singular) =>
        $"a {singular} is one file: write it as the file {path}, and move anything else out of the folder and delete it";

    /// <summary>Hint to give a file the extension that is read.</summary>
    public static string Rename(string name) => $"rename the file to '{name}'";

    /// <summary>Hint to move a file out of a subfolder.</summary>
    public static string MoveTo(string path) => $"move the file to {path}";

    /// <summary>Hint when the name the file should have is taken.</summary>
    public static string RenameTaken(string path) => $"{path} exists already: keep what is needed of this file in that one, then delete this file";

    /// <summary>Hint for a file of the other kind (a Markdown file among records, a YAML file among stories).</summary>
    public static string OtherKindHint(string folder, string singular) => singular == "record"
        ? $"a record is a YAML file {folder}/<id>.yml; stories are Markdown files in content/stories/"
        : $"a {singular} is a Markdown file {folder}/<slug>.md beginning with front matter; records are YAML files in data/<dataset>/";

    /// <summary>Why a file directly under data/ is not read.</summary>
    public const string NotInDataset = "records are read from the folder of their dataset, data/<dataset>/";

    /// <summary>Hint for a file directly under data/.</summary>
    public static string MoveIntoDataset(string name) => $"move the file into the folder of its dataset, data/<dataset>/{name}";

    /// <summary>Why CIV2109 does not offer to rename the file: a file of that name exists.</summary>
    public static string FileTaken(string path) => $"{path} exists already";

    /// <summary>Why CIV2109 does not offer to rename the file: the id is not a valid file name.</summary>
    public static string NotAFileName(string id) => $"'{id}' is not a valid id, so not a file name";

    /// <summary>Detail of CIV1001: the first byte that is not UTF-8.</summary>
    public static string BadByte(byte b) => string.Create(CultureInfo.InvariantCulture, $"byte 0x{b:X2}");

    /// <summary>Detail of CIV1001 for a file saved as UTF-16 ("Unicode" in some Windows editors).</summary>
    public const string LooksLikeUtf16 = "it looks like UTF-16";
}
