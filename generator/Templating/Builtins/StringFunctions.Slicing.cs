using System.Text;
using System.Text.RegularExpressions;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>Substrings, truncation and splitting.</summary>
internal static partial class StringFunctions
{
    private static void AddSlicing(ScriptObject module)
    {
        // {{ "hello" | string.slice 1 3 }} → ell (without a length: the rest of the text)
        module.Function(
            "slice",
            static call => Slice(call.GetString(0), call.GetInt(1), call[2] is null ? null : call.GetInt(2)),
            Text,
            ScriptParameter.Required("start"),
            ScriptParameter.Optional("length"));

        // {{ "hello" | string.slice1 1 }} → e (Liquid's slice: one character by default)
        module.Function(
            "slice1",
            static call => Slice1(call.GetString(0), call.GetInt(1), call.GetInt(2)),
            Text,
            ScriptParameter.Required("start"),
            ScriptParameter.Optional("length", 1));

        // {{ "The cat came back the very next day" | string.truncate 13 }} → The cat ca...
        module.Function(
            "truncate",
            static call => Truncate(call.GetString(0), call.GetInt(1), call[2] is null ? "..." : call.GetString(2)),
            Text,
            ScriptParameter.Required("length"),
            ScriptParameter.Optional("ellipsis"));

        // {{ "The cat came back the very next day" | string.truncatewords 4 }} → The cat came back...
        module.Function(
            "truncatewords",
            static call => TruncateWords(call.GetString(0), call.GetInt(1), call[2] is null ? "..." : call.GetString(2)),
            Text,
            ScriptParameter.Required("count"),
            ScriptParameter.Optional("ellipsis"));

        // {{ "a/b/c" | string.split '/' }} → ["a", "b", "c"] (empty parts are dropped)
        module.Function("split", static call => Split(call.GetString(0), call.GetString(1)), Text, ScriptParameter.Required("match"));
    }

    private static string Slice(string text, int start, int? requestedLength)
    {
        if (text.Length == 0 || start >= text.Length)
        {
            return string.Empty;
        }

        if (start < 0)
        {
            start += text.Length;
        }

        var length = requestedLength ?? text.Length;
        if (start < 0)
        {
            if (start + length <= 0)
            {
                return string.Empty;
            }

            length += start;
            start = 0;
        }

        if (length < 0)
        {
            return string.Empty;
        }

        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static string Slice1(string text, int start, int length)
    {
        if (text.Length == 0 || start > text.Length || length <= 0)
        {
            return string.Empty;
        }

        if (start < 0)
        {
            start += text.Length;
        }

        if (start < 0)
        {
            length += start;
            start = 0;
        }

        if (length <= 0 || start >= text.Length)
        {
            return string.Empty;
        }

        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static string Truncate(string text, int length, string ellipsis)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, Math.Max(0, length - ellipsis.Length)), ellipsis);
    }

    // Scriban appends the ellipsis even when no word was dropped; kept for compatibility.
    private static string TruncateWords(string text, int count, string ellipsis)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var word in Whitespace().Split(text))
        {
            if (count-- <= 0)
            {
                break;
            }

            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(word);
        }

        return builder.Append(ellipsis).ToString();
    }

    private static ScriptArray Split(string text, string separator)
    {
        if (text.Length == 0)
        {
            return new ScriptArray();
        }

        var parts = separator.Length == 0
            ? text.Select(static c => c.ToString())
            : text.Split(separator, StringSplitOptions.RemoveEmptyEntries);
        return new ScriptArray(parts);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
