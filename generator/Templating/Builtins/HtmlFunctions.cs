using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// The <c>html</c> module. Functions whose result is markup return <see cref="HtmlString"/> in escaping mode so that it
/// is not escaped a second time; their input is escaped first unless it already is safe HTML.
/// </summary>
internal static partial class HtmlFunctions
{
    private static readonly ScriptParameter Text = ScriptParameter.Required("text");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ "<p>x</p>" | html.escape }} → &lt;p&gt;x&lt;/p&gt;
        module.Function("escape", static call => Escape(call), Text);

        // {{ "<p>This is a paragraph</p>" | html.strip }} → This is a paragraph
        module.Function("strip", static call => call[0] is null ? null : Tags().Replace(call.GetString(0), string.Empty), Text);

        // {{ "Hello\nworld" | html.newline_to_br }} → Hello<br />\nworld
        module.Function("newline_to_br", static call => NewLineToBr(call), Text);

        // {{ "john@liquid.com" | html.url_encode }} → john%40liquid.com
        module.Function("url_encode", static call => call[0] is null ? null : Uri.EscapeDataString(call.GetString(0)), Text);

        // {{ "<hello> & <scriban>" | html.url_escape }} → %3Chello%3E%20&%20%3Cscriban%3E
        module.Function("url_escape", static call => call[0] is null ? null : UrlEscape(call.GetString(0)), Text);
        return module;
    }

    private static object? Escape(ScriptCall call)
    {
        if (call[0] is null)
        {
            return null;
        }

        var escaped = WebUtility.HtmlEncode(call.GetString(0));
        return call.Context.Options.EscapeHtml ? new HtmlString(escaped) : escaped;
    }

    private static object? NewLineToBr(ScriptCall call)
    {
        if (call[0] is null)
        {
            return null;
        }

        var safe = call[0] is HtmlString;
        var text = call.GetString(0);
        if (call.Context.Options.EscapeHtml && !safe)
        {
            text = HtmlEscaper.Escape(text);
        }

        var result = NewLines().Replace(text, static match => "<br />" + match.Value);
        return safe || call.Context.Options.EscapeHtml ? new HtmlString(result) : result;
    }

    // Keeps RFC 3986 reserved and unreserved characters and percent-encodes the rest as UTF-8, as the obsolete
    // Uri.EscapeUriString (which Scriban uses) did.
    private static string UrlEscape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-_.~:/?#[]@!$&'()*+,;=".Contains((char)rune.Value)))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("""<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|="[^"]*"|=[^'"][^\s>]*)*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex NewLines();
}
