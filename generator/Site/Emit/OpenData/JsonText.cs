using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// One way to write JSON everywhere: two-space indentation, LF line ends, Chinese left readable (not \u-escaped),
/// and a final newline. Keys keep the order they were added in, so output is stable.
/// </summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Indented JSON ending with a newline.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Indented) + "\n";

    /// <summary>
    /// JSON to embed in an HTML <c>&lt;script type="application/ld+json"&gt;</c>: '&lt;' only ever occurs inside
    /// strings, where \u003c means the same, so "&lt;/script&gt;" in a value cannot close the element.
    /// </summary>
    public static string ForScript(JsonNode node) =>
        node.ToJsonString(Indented).Replace("<", "\\u003c", StringComparison.Ordinal);

    /// <summary>Compact JSON (for SQLite cells).</summary>
    public static string WriteCompact(JsonNode node) => node.ToJsonString(Compact);

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(s => (JsonNode?)JsonValue.Create(s))]);
}
