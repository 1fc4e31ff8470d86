using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// Keeps safe HTML safe through string functions. Removing whitespace from an <see cref="HtmlString"/> cannot create
/// markup, so its result stays safe (and is not escaped a second time); joining safe HTML with plain text escapes the
/// plain part in escaping mode. Every other string function returns plain text, which escaping mode escapes.
/// </summary>
internal static class SafeHtml
{
    /// <summary>Wraps <paramref name="result"/> as safe HTML when the function's first argument was safe HTML.</summary>
    public static object? Keep(ScriptCall call, string? result)
        => result is not null && call[0] is HtmlString ? new HtmlString(result) : result;

    /// <summary><paramref name="left"/> followed by <paramref name="right"/>, for <c>string.append</c> and <c>string.prepend</c>.</summary>
    public static object Concat(ScriptCall call, object? left, object? right)
    {
        if (call.Context.Options.EscapeHtml && (left is HtmlString || right is HtmlString))
        {
            return new HtmlString(AsHtml(left) + AsHtml(right));
        }

        return ValueConverter.ToText(left) + ValueConverter.ToText(right);
    }

    private static string AsHtml(object? value)
        => value is HtmlString html ? html.Value : HtmlEscaper.Escape(ValueConverter.ToText(value));
}
