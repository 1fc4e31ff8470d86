using System.Text;

namespace Civic.Templating.Runtime;

/// <summary>Escapes the five HTML-significant characters, enough for text and quoted attribute values.</summary>
public static class HtmlEscaper
{
    /// <summary>Returns <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped.</summary>
    public static string Escape(string text)
    {
        var index = text.AsSpan().IndexOfAny("&<>\"'");
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
