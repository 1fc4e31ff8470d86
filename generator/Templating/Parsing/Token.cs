namespace Civic.Templating.Parsing;

/// <summary>
/// A token: kind and position. For <see cref="TokenKind.Raw"/> and <see cref="TokenKind.Escape"/>,
/// <see cref="ContentStart"/>/<see cref="ContentEnd"/> delimit the text to write after whitespace control.
/// For <see cref="TokenKind.CodeEnter"/>/<see cref="TokenKind.CodeExit"/> (and escape blocks), <see cref="Trim"/>
/// holds the whitespace-control marker: '-' (greedy), '~' (non-greedy) or '\0'.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column)
{
    public int ContentStart { get; init; }

    public int ContentEnd { get; init; }

    public char Trim { get; init; }

    public char TrimRight { get; init; }

    public string Text(string source) => source[Start..End];
}
