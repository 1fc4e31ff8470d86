namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Text that is already safe HTML (rendered Markdown, the output of an include, a value marked safe by a host or
/// a builtin). In escaping mode it is written as is; a plain <see cref="string"/> is HTML-escaped.
/// In string operations it behaves like its text. Two values are equal when their texts are.
/// </summary>
public sealed class HtmlString : IEquatable<HtmlString>
{
    private readonly ReadOnlyMemory<char> _text;
    private string? _value;

    /// <summary>Safe HTML held as a string.</summary>
    /// <param name="value">The HTML text.</param>
    public HtmlString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
        _text = value.AsMemory();
    }

    /// <summary>
    /// Safe HTML the host keeps in a buffer of its own, written without becoming a string (a page body written into
    /// its frame). The host must leave the characters unchanged while any render can still read this value; a
    /// string is made only if a template uses the text as a value.
    /// </summary>
    /// <param name="text">The HTML text.</param>
    public HtmlString(ReadOnlyMemory<char> text) => _text = text;

    /// <summary>The HTML text.</summary>
    public string Value => _value ??= _text.ToString();

    /// <summary>The HTML text, without making a string of it.</summary>
    public ReadOnlySpan<char> Span => _text.Span;

    /// <summary>Whether the text is empty.</summary>
    public bool IsEmpty => _text.IsEmpty;

    /// <summary>The HTML text.</summary>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(HtmlString? other) => other is not null && Span.SequenceEqual(other.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HtmlString);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(Span, StringComparison.Ordinal);
}
