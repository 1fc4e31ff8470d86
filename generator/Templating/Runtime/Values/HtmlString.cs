namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Text that is already safe HTML (rendered Markdown, the output of an include, a value marked safe by a host or
/// a builtin). In escaping mode it is written as is; a plain <see cref="string"/> is HTML-escaped.
/// In string operations it behaves like its text.
/// </summary>
/// <param name="Value">The HTML text.</param>
public sealed record HtmlString(string Value)
{
    /// <summary>The HTML text.</summary>
    public override string ToString() => Value;
}
