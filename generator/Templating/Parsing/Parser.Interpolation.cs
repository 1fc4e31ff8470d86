using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Parsing;

/// <summary><c>$"text {expression} text"</c>: holes are lexed and parsed as code at their own positions.</summary>
internal sealed partial class Parser
{
    private Expression ParseInterpolated(Token token)
    {
        var parts = new List<Expression>();
        var quote = _text[token.Start + 1];
        var end = token.End - 1;
        if (end <= token.Start + 1 || _text[end] != quote)
        {
            end = token.End;
        }

        var literalStart = token.Start + 2;
        var i = literalStart;
        var line = token.Line;
        var column = token.Column;
        while (i < end)
        {
            var c = _text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c != '{')
            {
                i++;
                continue;
            }

            if (i > literalStart)
            {
                parts.Add(new LiteralExpression(StringLiterals.Unescape(_text, literalStart, i, true)) { Span = SpanOf(token) });
            }

            var holeEnd = FindHoleEnd(i + 1, end);
            (line, column) = PositionOf(token, i + 1);
            var lexer = new Lexer(_text);
            var tokens = lexer.TokenizeCode(i + 1, holeEnd, line, column);
            var sub = new Parser(this, tokens);
            if (holeEnd >= end || _text[holeEnd] != '}')
            {
                var (errorLine, errorColumn) = PositionOf(token, holeEnd);
                _diagnostics.Add(new TemplateDiagnostic(new SourceSpan(_path, holeEnd, holeEnd, errorLine, errorColumn), "Opened interpolated expression not closed on the same line."));
            }

            parts.Add(sub.ParseExpression());
            if (sub.Current.Kind != TokenKind.EndOfFile)
            {
                sub.Error(sub.Current, $"Unexpected token `{sub.TextOf(sub.Current)}` while parsing interpolated expression");
            }

            i = holeEnd + 1;
            literalStart = i;
        }

        if (end > literalStart)
        {
            parts.Add(new LiteralExpression(StringLiterals.Unescape(_text, literalStart, end, true)) { Span = SpanOf(token) });
        }

        if (parts.Count == 1 && parts[0] is LiteralExpression { Value: string })
        {
            return new LiteralExpression(((LiteralExpression)parts[0]).Value) { Span = SpanOf(token) };
        }

        return new InterpolatedStringExpression(parts) { Span = SpanOf(token) };
    }

    /// <summary>Index of the '}' closing a hole that starts at <paramref name="start"/>, skipping nested strings and braces.</summary>
    private int FindHoleEnd(int start, int end)
    {
        var depth = 0;
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            if (c == '\n')
            {
                return i;
            }

            if (c is '"' or '\'')
            {
                i = SkipQuoted(i, end);
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }

            i++;
        }

        return end;
    }

    private int SkipQuoted(int start, int end)
    {
        var quote = _text[start];
        var i = start + 1;
        while (i < end && _text[i] != quote)
        {
            if (_text[i] == '\\')
            {
                i++;
            }
            else if (_text[i] == '{' && start > 0 && _text[start - 1] == '$')
            {
                i = FindHoleEnd(i + 1, end);
            }

            i++;
        }

        return i + 1;
    }

    private (int Line, int Column) PositionOf(Token token, int offset)
    {
        int line = token.Line, column = token.Column;
        for (var i = token.Start; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(_text[i]))
            {
                column++;
            }
        }

        return (line, column);
    }
}
