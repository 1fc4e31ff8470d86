namespace Civic.Templating.Parsing;

/// <summary>
/// Splits template text into tokens: raw text between code blocks, escape blocks (<c>{%{ ... }%}</c>), and the
/// tokens of code inside <c>{{ }}</c>. Whitespace control is applied afterwards by <see cref="ApplyWhitespaceControl"/>.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly List<Token> _tokens = new();
    private readonly List<(int Start, int Line, int Column, string Message)> _errors = new();
    private int _pos;
    private int _line = 1;
    private int _column = 1;
    private int _braceDepth;

    public Lexer(string text) => _text = text;

    public IReadOnlyList<(int Start, int Line, int Column, string Message)> Errors => _errors;

    /// <summary>Tokenizes a whole template (text mode first).</summary>
    public List<Token> TokenizeTemplate()
    {
        while (_pos < _text.Length)
        {
            LexRaw();
            if (_pos < _text.Length)
            {
                LexCode(insideTemplate: true);
            }
        }

        Add(TokenKind.EndOfFile, _pos, _line, _column);
        ApplyWhitespaceControl();
        return _tokens;
    }

    /// <summary>Tokenizes a code fragment (an interpolation hole) from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public List<Token> TokenizeCode(int start, int end, int line, int column)
    {
        _pos = start;
        _line = line;
        _column = column;
        while (_pos < end)
        {
            if (!LexCodeToken(end))
            {
                break;
            }
        }

        Add(TokenKind.EndOfFile, _pos, _line, _column);
        return _tokens;
    }

    private char Peek(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Advance(int count = 1)
    {
        for (var i = 0; i < count && _pos < _text.Length; i++)
        {
            var c = _text[_pos++];
            if (c == '\n')
            {
                _line++;
                _column = 1;
            }
            else if (!char.IsLowSurrogate(c))
            {
                _column++;
            }
        }
    }

    private void Add(TokenKind kind, int start, int line, int column) => _tokens.Add(new Token(kind, start, _pos, line, column));

    private void LexRaw()
    {
        int start = _pos, line = _line, column = _column;
        while (_pos < _text.Length)
        {
            if (Peek() == '{' && (Peek(1) == '{' || Peek(1) == '%' && EscapeLevel() > 0))
            {
                break;
            }

            Advance();
        }

        if (_pos > start)
        {
            _tokens.Add(new Token(TokenKind.Raw, start, _pos, line, column) { ContentStart = start, ContentEnd = _pos });
        }

        if (Peek() == '{' && Peek(1) == '%')
        {
            LexEscape();
            LexRaw();
        }
    }

    /// <summary>Number of '%' in an escape opener at the current position (<c>{%{</c> → 1), or 0.</summary>
    private int EscapeLevel()
    {
        var count = 0;
        while (Peek(1 + count) == '%')
        {
            count++;
        }

        return Peek(1 + count) == '{' ? count : 0;
    }

    private void LexEscape()
    {
        int start = _pos, line = _line, column = _column;
        var level = EscapeLevel();
        Advance(level + 2);
        var trim = Peek() is '-' or '~' ? Peek() : '\0';
        if (trim != '\0')
        {
            Advance();
        }

        var closer = "}" + new string('%', level) + "}";
        var contentStart = _pos;
        var close = _text.IndexOf(closer, _pos, StringComparison.Ordinal);
        if (close < 0)
        {
            _errors.Add((start, line, column, "Unexpected end of file while parsing an escape block"));
            Advance(_text.Length - _pos);
            return;
        }

        var contentEnd = close;
        var trimRight = '\0';
        if (close > contentStart && _text[close - 1] is '-' or '~')
        {
            trimRight = _text[close - 1];
            contentEnd--;
        }

        Advance(close + closer.Length - _pos);
        _tokens.Add(new Token(TokenKind.Escape, start, _pos, line, column)
        {
            ContentStart = contentStart,
            ContentEnd = contentEnd,
            Trim = trim,
            TrimRight = trimRight,
        });
    }

    private void LexCode(bool insideTemplate)
    {
        int start = _pos, line = _line, column = _column;
        Advance(2);
        var trim = Peek() is '-' or '~' ? Peek() : '\0';
        if (trim != '\0')
        {
            Advance();
        }

        _tokens.Add(new Token(TokenKind.CodeEnter, start, _pos, line, column) { Trim = trim });
        _braceDepth = 0;
        while (_pos < _text.Length)
        {
            if (!LexCodeToken(_text.Length))
            {
                return;
            }
        }

        _ = insideTemplate;
    }

    private void ApplyWhitespaceControl()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Raw)
            {
                continue;
            }

            int contentStart = token.ContentStart, contentEnd = token.ContentEnd;
            if (i > 0 && _tokens[i - 1] is { Kind: TokenKind.CodeExit or TokenKind.Escape } previous)
            {
                var marker = previous.Kind == TokenKind.Escape ? previous.TrimRight : previous.Trim;
                contentStart = TrimStart(contentStart, contentEnd, marker);
            }

            if (i + 1 < _tokens.Count && _tokens[i + 1] is { Kind: TokenKind.CodeEnter or TokenKind.Escape } next)
            {
                contentEnd = TrimEnd(contentStart, contentEnd, next.Trim);
            }

            _tokens[i] = token with { ContentStart = contentStart, ContentEnd = contentEnd };
        }
    }

    private int TrimStart(int start, int end, char marker)
    {
        if (marker == '-')
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }
        }
        else if (marker == '~')
        {
            while (start < end && _text[start] is ' ' or '\t')
            {
                start++;
            }

            if (start < end && _text[start] == '\r')
            {
                start++;
            }

            if (start < end && _text[start] == '\n')
            {
                start++;
            }
        }

        return start;
    }

    private int TrimEnd(int start, int end, char marker)
    {
        if (marker == '-')
        {
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }
        }
        else if (marker == '~')
        {
            while (end > start && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }
        }

        return end;
    }
}
