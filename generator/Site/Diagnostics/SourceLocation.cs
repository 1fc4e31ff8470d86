namespace Civic.Site.Diagnostics;

/// <summary>
/// A position in a source file. <see cref="Path"/> is relative to the site root with '/' separators;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, and the column counts Unicode scalar values,
/// so a Chinese character (or an emoji) is one column.
/// </summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <summary><c>path:line:col</c>, the form editors and terminals make clickable.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
