namespace Civic.Templating;

/// <summary>
/// A region of a template's source text. <see cref="Line"/> and <see cref="Column"/> are 1-based and refer to the
/// start of the region; columns count Unicode scalar values, so a CJK character counts as one column.
/// </summary>
/// <param name="Path">The template path given to <see cref="Template.Parse"/>.</param>
/// <param name="Start">Offset (in UTF-16 code units) of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/>.</param>
public readonly record struct SourceSpan(string Path, int Start, int End, int Line, int Column)
{
    /// <summary>Formats the position as Scriban does: <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column})";
}
