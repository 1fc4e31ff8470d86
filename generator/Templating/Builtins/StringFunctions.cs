using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>string</c> module: Scriban's string functions with their exact null and edge-case behaviour.</summary>
internal static partial class StringFunctions
{
    private static readonly ScriptParameter Text = ScriptParameter.Required("text");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();
        AddCase(module);
        AddSearch(module);
        AddEdits(module);
        AddSlicing(module);
        AddConversions(module);
        AddEncodings(module);
        return module;
    }

    private static void AddCase(ScriptObject module)
    {
        // {{ "hello" | string.upcase }} → HELLO
        module.Function("upcase", static call => Map(call, static s => s.ToUpperInvariant()), Text);

        // {{ "TeSt" | string.downcase }} → test
        module.Function("downcase", static call => Map(call, static s => s.ToLowerInvariant()), Text);

        // {{ "test" | string.capitalize }} → Test
        module.Function("capitalize", static call => Capitalize(call.GetString(0)), Text);

        // {{ "This is easy" | string.capitalizewords }} → This Is Easy
        module.Function("capitalizewords", static call => CapitalizeWords(call.GetString(0)), Text);

        // {{ '100% M & Ms!!!' | string.handleize }} → 100-m-ms
        module.Function("handleize", static call => Handleize(call.GetString(0)), Text);

        // {{ "Scriban" | string.equals_ignore_case "SCRIBAN" }} → true
        module.Function(
            "equals_ignore_case",
            static call => string.Equals(call.GetString(0), call.GetString(1), StringComparison.OrdinalIgnoreCase),
            Text,
            ScriptParameter.Required("value"));
    }

    private static void AddSearch(ScriptObject module)
    {
        var value = ScriptParameter.Required("value");

        // {{ "This is easy" | string.contains "easy" }} → true
        module.Function("contains", static call => Test(call, static (t, v) => t.Contains(v, StringComparison.Ordinal)), Text, value);

        // {{ "This is easy" | string.starts_with "This" }} → true
        module.Function("starts_with", static call => Test(call, static (t, v) => t.StartsWith(v, StringComparison.Ordinal)), Text, value);

        // {{ "This is easy" | string.ends_with "easy" }} → true
        module.Function("ends_with", static call => Test(call, static (t, v) => t.EndsWith(v, StringComparison.Ordinal)), Text, value);

        // {{ "" | string.empty }} → true
        module.Function("empty", static call => string.IsNullOrEmpty(call.GetString(0)), Text);

        // {{ "  " | string.whitespace }} → true
        module.Function("whitespace", static call => string.IsNullOrWhiteSpace(call.GetString(0)), Text);

        // {{ "test" | string.size }} → 4
        module.Function("size", static call => call.GetString(0).Length, Text);

        // {{ "hello" | string.index_of "l" }} → 2
        module.Function(
            "index_of",
            static call => IndexOf(call),
            Text,
            ScriptParameter.Required("search"),
            ScriptParameter.Optional("start_index"),
            ScriptParameter.Optional("count"),
            ScriptParameter.Optional("string_comparison"));
    }

    private static void AddEdits(ScriptObject module)
    {
        // {{ "Hello" | string.append " World" }} → Hello World
        module.Function("append", static call => call.GetString(0) + call.GetString(1), Text, ScriptParameter.Required("with"));

        // {{ "World" | string.prepend "Hello " }} → Hello World
        module.Function("prepend", static call => call.GetString(1) + call.GetString(0), Text, ScriptParameter.Required("by"));

        // {{ "Hello, world. Goodbye, world." | string.remove "world" }} → Hello, . Goodbye, .
        module.Function("remove", static call => Remove(call), Text, ScriptParameter.Required("remove"));

        // {{ "Hello, world. Goodbye, world." | string.remove_first "world" }} → Hello, . Goodbye, world.
        module.Function(
            "remove_first",
            static call => ReplaceOne(call[0], call.GetString(1), string.Empty, false),
            Text,
            ScriptParameter.Required("remove"));

        // {{ "Hello, world. Goodbye, world." | string.remove_last "world" }} → Hello, world. Goodbye, .
        module.Function(
            "remove_last",
            static call => ReplaceOne(call[0], call.GetString(1), string.Empty, true),
            Text,
            ScriptParameter.Required("remove"));

        // {{ "Hello, world. Goodbye, world." | string.replace "world" "buddy" }} → Hello, buddy. Goodbye, buddy.
        module.Function(
            "replace",
            static call => Replace(call),
            Text,
            ScriptParameter.Required("match"),
            ScriptParameter.Required("replace"));

        // {{ "Hello, world. Goodbye, world." | string.replace_first "world" "buddy" }} → Hello, buddy. Goodbye, world.
        module.Function(
            "replace_first",
            static call => ReplaceOne(call[0], call.GetString(1), call.GetString(2), call.GetBool(3)),
            Text,
            ScriptParameter.Required("match"),
            ScriptParameter.Required("replace"),
            ScriptParameter.Optional("from_end", false));

        // {{ '   too many spaces   ' | string.strip }} → too many spaces
        module.Function("strip", static call => Map(call, static s => s.Trim()), Text);

        // {{ '   too many spaces' | string.lstrip }} → too many spaces
        module.Function("lstrip", static call => Map(call, static s => s.TrimStart()), Text);

        // {{ 'too many spaces   ' | string.rstrip }} → too many spaces
        module.Function("rstrip", static call => Map(call, static s => s.TrimEnd()), Text);

        // {{ "a\r\nb\nc" | string.strip_newlines }} → abc
        module.Function("strip_newlines", static call => NewLines().Replace(call.GetString(0), string.Empty), Text);

        // hello{{ "world" | string.pad_left 10 }} → hello     world
        module.Function(
            "pad_left",
            static call => call.GetString(0).PadLeft(call.GetInt(1), PadChar(call)),
            Text,
            ScriptParameter.Required("width"),
            ScriptParameter.Optional("char", " "));

        // {{ "hello" | string.pad_right 10 }}world → hello     world
        module.Function(
            "pad_right",
            static call => call.GetString(0).PadRight(call.GetInt(1), PadChar(call)),
            Text,
            ScriptParameter.Required("width"),
            ScriptParameter.Optional("char", " "));

        // {{ products.size | string.pluralize 'product' 'products' }} → products
        module.Function(
            "pluralize",
            static call => call.GetInt(0) == 1 ? call.GetString(1) : call.GetString(2),
            ScriptParameter.Required("number"),
            ScriptParameter.Required("singular"),
            ScriptParameter.Required("plural"));
    }

    private static void AddConversions(ScriptObject module)
    {
        // {{ "123" | string.to_int + 1 }} → 124 (null when the text is not an integer)
        module.Function(
            "to_int",
            static call => int.TryParse(call.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            Text);

        // {{ "123678912345678" | string.to_long + 1 }} → 123678912345679
        module.Function(
            "to_long",
            static call => long.TryParse(call.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            Text);

        // {{ "123.4" | string.to_float + 1 }} → 124.4 (a float widened to double so that it prints as written)
        module.Function(
            "to_float",
            static call => float.TryParse(call.GetString(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var f)
                ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : null,
            Text);

        // {{ "123.4" | string.to_double + 1 }} → 124.4
        module.Function(
            "to_double",
            static call => double.TryParse(call.GetString(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null,
            Text);
    }

    /// <summary>Applies <paramref name="map"/> to the text argument, keeping null as null as Scriban does.</summary>
    private static string? Map(ScriptCall call, Func<string, string> map) => call[0] is null ? null : map(call.GetString(0));

    private static bool Test(ScriptCall call, Func<string, string, bool> test)
    {
        var text = call.GetString(0);
        var value = call.GetString(1);
        return text.Length > 0 && value.Length > 0 && test(text, value);
    }

    private static char PadChar(ScriptCall call) => call.GetString(2) is [var c, ..] ? c : ' ';

    private static string Capitalize(string text)
    {
        if (text.Length == 0 || char.IsUpper(text[0]))
        {
            return text;
        }

        return string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    private static string CapitalizeWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previousSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                previousSpace = true;
                builder.Append(c);
            }
            else if (previousSpace && char.IsLetter(c))
            {
                previousSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Handleize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasDash = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                builder.Append('-');
                lastWasDash = true;
            }
        }

        if (builder.Length > 0 && builder[^1] == '-')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static object? Remove(ScriptCall call)
    {
        var text = call.GetString(0);
        var remove = call.GetString(1);
        return remove.Length == 0 || text.Length == 0 ? call[0] : text.Replace(remove, string.Empty, StringComparison.Ordinal);
    }

    private static string Replace(ScriptCall call)
    {
        var text = call.GetString(0);
        var match = call.GetString(1);
        return text.Length == 0 || match.Length == 0 ? text : text.Replace(match, call.GetString(2), StringComparison.Ordinal);
    }

    // Scriban matches the first/last occurrence ignoring case (unlike replace), so we do too.
    private static string ReplaceOne(object? input, string match, string replacement, bool fromEnd)
    {
        var text = ValueConverter.ToText(input);
        if (text.Length == 0 || match.Length == 0)
        {
            return text;
        }

        var index = fromEnd
            ? text.LastIndexOf(match, StringComparison.OrdinalIgnoreCase)
            : text.IndexOf(match, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + match.Length));
    }

    private static int IndexOf(ScriptCall call)
    {
        var text = call.GetString(0);
        var search = call.GetString(1);
        var start = call[2] is null ? 0 : call.GetInt(2);
        var count = call[3] is null ? text.Length - start : call.GetInt(3);
        var comparison = call[4] is null
            ? StringComparison.Ordinal
            : Enum.TryParse<StringComparison>(call.GetString(4), out var parsed)
                ? parsed
                : throw call.Error($"'{call.GetString(4)}' is not a valid string_comparison");
        return text.IndexOf(search, start, count, comparison);
    }

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex NewLines();
}
