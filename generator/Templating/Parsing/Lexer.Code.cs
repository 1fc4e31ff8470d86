namespace Civic.Templating.Parsing;

/// <summary>Tokens inside code: operators, literals, identifiers, comments.</summary>
internal sealed partial class Lexer
{
    /// <summary>Lexes one token; false when the code block ended (<c>}}</c>) or the text ran out.</summary>
    private bool LexCodeToken(int end)
    {
        while (_pos < end && Peek() is ' ' or '\t' or '\r' && !(Peek() == '\r' && Peek(1) == '\n'))
        {
            Advance();
        }

        if (_pos >= end)
        {
            return false;
        }

        int start = _pos, line = _line, column = _column;
        var c = Peek();
        if ((c is '-' or '~') && Peek(1) == '}' && Peek(2) == '}' && _braceDepth == 0)
        {
            Advance(3);
            _tokens.Add(new Token(TokenKind.CodeExit, start, _pos, line, column) { Trim = c });
            return false;
        }

        if (c == '}' && Peek(1) == '}' && _braceDepth == 0)
        {
            Advance(2);
            _tokens.Add(new Token(TokenKind.CodeExit, start, _pos, line, column));
            return false;
        }

        if (c == '\r' || c == '\n')
        {
            Advance(c == '\r' ? 2 : 1);
            Add(TokenKind.NewLine, start, line, column);
            return true;
        }

        if (c == '#')
        {
            SkipComment(end);
            return true;
        }

        if (char.IsDigit(c))
        {
            LexNumber();
            return true;
        }

        if (c == '_' || char.IsLetter(c))
        {
            while (_pos < end && (Peek() == '_' || char.IsLetterOrDigit(Peek())))
            {
                Advance();
            }

            Add(TokenKind.Identifier, start, line, column);
            return true;
        }

        if (c == '$')
        {
            if (Peek(1) is '"' or '\'')
            {
                Advance();
                LexString(Peek(), interpolated: true, start, line, column);
                return true;
            }

            Advance();
            if (Peek() == '$')
            {
                Advance();
            }
            else
            {
                while (_pos < end && (Peek() == '_' || char.IsLetterOrDigit(Peek())))
                {
                    Advance();
                }
            }

            Add(TokenKind.Local, start, line, column);
            return true;
        }

        if (c is '"' or '\'')
        {
            LexString(c, interpolated: false, start, line, column);
            return true;
        }

        if (c == '`')
        {
            LexVerbatim(start, line, column);
            return true;
        }

        LexOperator(start, line, column);
        return true;
    }

    private void SkipComment(int end)
    {
        if (Peek(1) == '#')
        {
            Advance(2);
            while (_pos < end && !(Peek() == '#' && Peek(1) == '#') && !(Peek() == '}' && Peek(1) == '}'))
            {
                Advance();
            }

            if (Peek() == '#')
            {
                Advance(2);
            }

            return;
        }

        while (_pos < end && Peek() != '\n' && !(Peek() == '}' && Peek(1) == '}')
            && !(Peek() is '-' or '~' && Peek(1) == '}' && Peek(2) == '}'))
        {
            Advance();
        }
    }

    private void LexNumber()
    {
        int start = _pos, line = _line, column = _column;
        var kind = TokenKind.Integer;
        if (Peek() == '0' && Peek(1) is 'x' or 'X' or 'b' or 'B')
        {
            Advance(2);
            while (char.IsAsciiHexDigit(Peek()) || Peek() == '_')
            {
                Advance();
            }
        }
        else
        {
            SkipDigits();
            if (Peek() == '.' && char.IsDigit(Peek(1)))
            {
                kind = TokenKind.Float;
                Advance();
                SkipDigits();
            }

            if (Peek() is 'e' or 'E' && (char.IsDigit(Peek(1)) || Peek(1) is '+' or '-' && char.IsDigit(Peek(2))))
            {
                kind = TokenKind.Float;
                Advance(2);
                SkipDigits();
            }
        }

        if (Peek() is 'u' or 'U' or 'l' or 'L' or 'f' or 'F' or 'd' or 'D' or 'm' or 'M')
        {
            Advance();
        }

        Add(kind, start, line, column);
    }

    private void SkipDigits()
    {
        while (char.IsDigit(Peek()) || Peek() == '_' && char.IsDigit(Peek(1)))
        {
            Advance();
        }
    }

    private void LexString(char quote, bool interpolated, int start, int line, int column)
    {
        Advance();
        while (_pos < _text.Length && Peek() != quote)
        {
            if (Peek() == '\\')
            {
                Advance(2);
                continue;
            }

            if (interpolated && Peek() == '{')
            {
                SkipInterpolationHole();
                continue;
            }

            Advance();
        }

        if (_pos >= _text.Length)
        {
            _errors.Add((_pos, _line, _column, $"Unexpected end of file while parsing a string not terminated by a {quote}"));
        }
        else
        {
            Advance();
        }

        Add(interpolated ? TokenKind.InterpolatedString : TokenKind.String, start, line, column);
    }

    /// <summary>Skips <c>{ expression }</c> inside an interpolated string, including nested strings and braces.</summary>
    private void SkipInterpolationHole()
    {
        var depth = 0;
        while (_pos < _text.Length)
        {
            var c = Peek();
            if (c == '{')
            {
                depth++;
                Advance();
            }
            else if (c == '}')
            {
                Advance();
                if (--depth == 0)
                {
                    return;
                }
            }
            else if (c == '\n')
            {
                return;
            }
            else if (c is '"' or '\'')
            {
                LexString(c, interpolated: false, _pos, _line, _column);
                _tokens.RemoveAt(_tokens.Count - 1);
            }
            else if (c == '$' && Peek(1) is '"' or '\'')
            {
                Advance();
                LexString(Peek(), interpolated: true, _pos, _line, _column);
                _tokens.RemoveAt(_tokens.Count - 1);
            }
            else
            {
                Advance();
            }
        }
    }

    private void LexVerbatim(int start, int line, int column)
    {
        Advance();
        while (_pos < _text.Length)
        {
            if (Peek() == '`')
            {
                if (Peek(1) == '`')
                {
                    Advance(2);
                    continue;
                }

                break;
            }

            Advance();
        }

        if (_pos >= _text.Length)
        {
            _errors.Add((_pos, _line, _column, "Unexpected end of file while parsing a verbatim string not terminated by a `"));
        }
        else
        {
            Advance();
        }

        Add(TokenKind.VerbatimString, start, line, column);
    }
}
