namespace Civic.Site.Diagnostics;

/// <summary>
/// Every diagnostic Civic reports: code, severity, message and hint in one place. Codes are stable.
/// CIV1xxx: files and YAML syntax. CIV2xxx: shape of the content against its schema. CIV3xxx: links between
/// content. Each code has an invalid mini-site under tests/Site.Tests/SitesInvalid/.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    // ---- CIV1xxx: files and YAML syntax ----

    /// <summary>
    /// A byte sequence that is not UTF-8. Args: what is wrong (<see cref="DiagnosticTexts.BadByte"/>, or
    /// <see cref="DiagnosticTexts.LooksLikeUtf16"/> with the alternate hint).
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CIV1001", E,
        "file is not valid UTF-8 ({0})",
        "save the file as UTF-8; the column points at the first bad byte",
        "save the file as UTF-8 instead (in the editor's 'Save As' dialog, choose the encoding UTF-8)");

    /// <summary>A file with no content. No args.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new("CIV1002", E,
        "file is empty",
        "write the content, or delete the file");

    /// <summary>A file over the size limit. Args: size, limit (bytes).</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("CIV1003", E,
        "file is {0} bytes, over the limit of {1} bytes",
        "records and stories are small files; split the content into several files");

    /// <summary>YAML the parser rejects. Args: the parser's description.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = new("CIV1004", E,
        "YAML syntax error: {0}",
        "check the indentation, colons and quotes at and just before this position");

    /// <summary>A key twice in one mapping. Args: key, first location.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("CIV1005", E,
        "duplicate key '{0}'",
        "a key may appear once per mapping; the first '{0}' is on line {1}");

    /// <summary>Aliases expanding past the limit. Args: limit (nodes).</summary>
    public static readonly DiagnosticDescriptor AliasExpansion = new("CIV1006", E,
        "YAML anchors and aliases expand to more than {0} values",
        "write the values out instead of using '&' anchors and '*' aliases");

    /// <summary>Front matter opened by '---' and never closed. No args.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotClosed = new("CIV1007", E,
        "front matter is not closed",
        "add a line containing only '---' after the last front-matter key");

    /// <summary>A Markdown file without front matter. No args.</summary>
    public static readonly DiagnosticDescriptor FrontMatterMissing = new("CIV1008", E,
        "file does not start with front matter",
        "begin the file with a line '---', then the keys (title: …), then another line '---'");

    /// <summary>A YAML document or value that is not a mapping where one is needed. Args: what, found kind.</summary>
    public static readonly DiagnosticDescriptor ExpectedMapping = new("CIV1009", E,
        "{0} must be a mapping of 'key: value' lines, found {1}",
        "write one 'key: value' per line, starting at the left margin");

    /// <summary>No site.yml in the root. Args: root.</summary>
    public static readonly DiagnosticDescriptor MissingSiteConfig = new("CIV1010", E,
        "site.yml not found",
        "run from the folder that holds site.yml, or pass --root DIR");

    /// <summary>A key followed by a full-width colon, as a Chinese keyboard types it. Args: key.</summary>
    public static readonly DiagnosticDescriptor FullWidthColon = new("CIV1011", E,
        "key '{0}' is followed by a full-width colon '：'",
        "use an ASCII colon ':' followed by a space: '{0}: …'");

    /// <summary>
    /// A '- ' line indented further than the list item above it, which YAML reads as part of that item.
    /// Args: the item as read, the line of the item it joins.
    /// </summary>
    public static readonly DiagnosticDescriptor MisalignedItem = new("CIV1012", E,
        "this '- ' is indented further than the item above, so it is read as part of that item: '{0}'",
        "line up this '-' with the '-' on line {1}: items indented differently are read as one");

    // ---- CIV2xxx: content against its schema ----

    /// <summary>A required key absent. Args: key, type description.</summary>
    public static readonly DiagnosticDescriptor MissingRequired = new("CIV2101", E,
        "missing required key '{0}'",
        "add '{0}:' with {1}");

    /// <summary>A value of the wrong type. Args: key, expected, found, example.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("CIV2102", E,
        "'{0}' must be {1}, found {2}",
        "write {1}{3}");

    /// <summary>A key not in the schema. Args: key, suggestion, allowed keys.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("CIV2103", E,
        "unknown key '{0}'",
        "did you mean '{1}'?",
        "allowed keys here: {2}");

    /// <summary>
    /// A number outside minimum/maximum. Args: key, value, range, and for a site.yml setting (alternate hint)
    /// what the setting means.
    /// </summary>
    public static readonly DiagnosticDescriptor OutOfRange = new("CIV2104", E,
        "'{0}' is {1}, but must be {2}",
        "check the figure against its source; if it is right, change the constraint in the dataset's _dataset.yml",
        "'{0}' is {3}; write a whole number {2}");

    /// <summary>
    /// A string not matching the pattern. Args: key, value, pattern, and for the pattern of ids (alternate hint)
    /// the value made an id.
    /// </summary>
    public static readonly DiagnosticDescriptor PatternMismatch = new("CIV2105", E,
        "'{0}' value '{1}' does not match the pattern {2}",
        "change the value so that all of it matches {2}",
        "write it in lower-case ASCII letters and digits joined by single hyphens, for example '{3}'");

    /// <summary>A string not in the enum. Args: key, value, suggestion, allowed.</summary>
    public static readonly DiagnosticDescriptor NotInEnum = new("CIV2106", E,
        "'{0}' value '{1}' is not one of the allowed values",
        "did you mean '{2}'? allowed: {3}",
        "allowed: {3}");

    /// <summary>A string or list of the wrong length. Args: key, length, range.</summary>
    public static readonly DiagnosticDescriptor LengthOutOfRange = new("CIV2107", E,
        "'{0}' has length {1}, but its length must be {2}",
        "shorten or lengthen the value; a length counts characters, or the items of a list");

    /// <summary>Two records with one id. Args: id, dataset, first path.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("CIV2108", E,
        "duplicate id '{0}' in dataset '{1}'",
        "ids are unique within a dataset; '{0}' is already used by {2}");

    /// <summary>
    /// A record id different from its file name. Args: id, file name stem, and (alternate hint, when the file
    /// cannot be renamed to the id) why not.
    /// </summary>
    public static readonly DiagnosticDescriptor IdMismatch = new("CIV2109", E,
        "id '{0}' does not match the file name '{1}'",
        "the id and the file name must be equal: change the id to '{1}' or rename the file to '{0}.yml'",
        "the id and the file name must be equal: change the id to '{1}' ({2})");

    /// <summary>A date that does not parse. Args: key, value, accepted forms.</summary>
    public static readonly DiagnosticDescriptor BadDate = new("CIV2110", E,
        "'{0}' value '{1}' is not a valid date",
        "write {2}, with a real month and day");

    /// <summary>A value repeated in a unique field. Args: key, value, first path.</summary>
    public static readonly DiagnosticDescriptor NotUnique = new("CIV2111", E,
        "'{0}' value '{1}' is not unique",
        "'{0}' must differ between records; {2} has the same value");

    /// <summary>A file name or id that is not a slug. Args: id.</summary>
    public static readonly DiagnosticDescriptor InvalidSlug = new("CIV2112", E,
        "'{0}' is not a valid id",
        "ids are lowercase ASCII letters and digits joined by single hyphens, like 'hanyang-dililiang'");

    /// <summary>An unknown field type in a schema. Args: type, suggestion, allowed.</summary>
    public static readonly DiagnosticDescriptor UnknownFieldType = new("CIV2113", E,
        "unknown field type '{0}'",
        "did you mean '{1}'? types: {2}",
        "types: {2}");

    /// <summary>A reference to a dataset that does not exist. Args: key, dataset, suggestion, allowed.</summary>
    public static readonly DiagnosticDescriptor UnknownDataset = new("CIV2114", E,
        "'{0}' names dataset '{1}', which does not exist",
        "did you mean '{2}'? datasets: {3}",
        "datasets: {3}");

    /// <summary>A pattern that is not a regular expression. Args: pattern, reason.</summary>
    public static readonly DiagnosticDescriptor InvalidPattern = new("CIV2115", E,
        "pattern {0} is not a valid regular expression: {1}",
        "patterns use .NET regular expression syntax and must match the whole value");

    /// <summary>A schema setting naming a field that is not declared. Args: key, field.</summary>
    public static readonly DiagnosticDescriptor UndeclaredField = new("CIV2116", E,
        "'{0}' names field '{1}', which is not declared in 'fields'",
        "declare a field named '{1}' or change '{0}'");

    /// <summary>A data folder without _dataset.yml. Args: dataset.</summary>
    public static readonly DiagnosticDescriptor MissingDatasetFile = new("CIV2117", E,
        "dataset '{0}' has no _dataset.yml",
        "describe the dataset and its fields in data/{0}/_dataset.yml (see docs/content-model.md)");

    /// <summary>A field declared twice. Args: name, first location.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = new("CIV2118", E,
        "field '{0}' is declared twice",
        "remove one of the declarations; the first is on line {1}");

    /// <summary>A translation without its original. Args: original path.</summary>
    public static readonly DiagnosticDescriptor OrphanTranslation = new("CIV2119", E,
        "translation has no original {0}",
        "create {0}, or rename this file to match an existing one");

    /// <summary>A required key written with no value. Args: key, type description.</summary>
    public static readonly DiagnosticDescriptor EmptyRequired = new("CIV2120", E,
        "required key '{0}' is empty",
        "fill it in: write {1} after '{0}:'");

    /// <summary>A theme folder that does not exist. Args: theme, suggestion, themes present.</summary>
    public static readonly DiagnosticDescriptor UnknownTheme = new("CIV2121", E,
        "theme '{0}' does not exist: there is no folder themes/{0}/",
        "did you mean '{1}'? themes: {2}",
        "themes: {2}");

    /// <summary>A site language the theme has no interface texts for. Args: language, theme, the theme's languages.</summary>
    public static readonly DiagnosticDescriptor MissingLanguage = new("CIV2122", E,
        "theme '{1}' has no interface texts for language '{0}'",
        "add themes/{1}/i18n/{0}.yml, or use a language the theme has: {2}");

    /// <summary>A language listed twice in site.yml. Args: language.</summary>
    public static readonly DiagnosticDescriptor DuplicateLanguage = new("CIV2123", E,
        "language '{0}' is listed twice",
        "list each language once");

    /// <summary>A first (default) language other than Simplified Chinese. Args: language.</summary>
    public static readonly DiagnosticDescriptor DefaultLanguage = new("CIV2124", E,
        "the first language is '{0}', but content files are written in Simplified Chinese",
        "put zh-Hans first: <slug>.md files are the Chinese text, served at /, and <slug>.en.md their English translations");

    /// <summary>A content file the loader does not read (wrong extension, in a subfolder, a folder). Args: why, hint.</summary>
    public static readonly DiagnosticDescriptor FileNotRead = new("CIV2125", E,
        "file is not read: {0}",
        "{1}");

    /// <summary>A group of synonyms.yml with fewer than two different terms. Args: count, the term (or empty).</summary>
    public static readonly DiagnosticDescriptor SynonymGroupTooSmall = new("CIV2126", E,
        "a synonym group needs at least two different terms, this one has {0}",
        "add the terms that mean the same as '{1}' as one list, e.g. [lift, elevator], or delete the group");

    // ---- CIV3xxx: links between content ----

    /// <summary>
    /// A reference to a missing record. Args: key, id, dataset, suggestion (quoted, with the record's name when
    /// the value was that name). A value that cannot be an id gets <see cref="DiagnosticTexts.NotAnId"/> instead.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownReference = new("CIV3001", E,
        "'{0}' refers to '{1}', which is not a record of '{2}'",
        "did you mean {3}?",
        "add data/{2}/{1}.yml or correct the id");

    /// <summary>A story with no sources. No args.</summary>
    public static readonly DiagnosticDescriptor StoryWithoutSources = new("CIV3002", E,
        "story has no sources",
        "list the articles it is based on, e.g. 'sources: [src-…]' (ids from data/sources/)");

    /// <summary>A record no story links to. Args: dataset, id.</summary>
    public static readonly DiagnosticDescriptor UnmentionedRecord = new("CIV3003", W,
        "no story mentions {0} '{1}'",
        "link it from a story's front matter ('{0}: [{1}]'), or ignore this warning");

    /// <summary>An id listed twice in one reference list, so the page would show it twice. Args: key, id.</summary>
    public static readonly DiagnosticDescriptor RepeatedReference = new("CIV3004", W,
        "'{0}' lists '{1}' twice",
        "remove the second '{1}'");

    /// <summary>Every descriptor, for tests and documentation.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        InvalidUtf8, EmptyFile, FileTooLarge, YamlSyntax, DuplicateKey, AliasExpansion, FrontMatterNotClosed,
        FrontMatterMissing, ExpectedMapping, MissingSiteConfig, FullWidthColon, MisalignedItem,
        MissingRequired, WrongType, UnknownKey, OutOfRange, PatternMismatch, NotInEnum, LengthOutOfRange,
        DuplicateId, IdMismatch, BadDate, NotUnique, InvalidSlug, UnknownFieldType, UnknownDataset, InvalidPattern,
        UndeclaredField, MissingDatasetFile, DuplicateField, OrphanTranslation, EmptyRequired, UnknownTheme,
        MissingLanguage, DuplicateLanguage, DefaultLanguage, FileNotRead, SynonymGroupTooSmall,
        UnknownReference, StoryWithoutSources, UnmentionedRecord, RepeatedReference,
    ];
}
