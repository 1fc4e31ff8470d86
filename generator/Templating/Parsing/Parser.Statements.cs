using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary>Statements and blocks.</summary>
internal sealed partial class Parser
{
    private static readonly string[] NoStopWords = Array.Empty<string>();
    private static readonly string[] EndOnly = { "end" };
    private static readonly string[] ElseOrEnd = { "else", "end" };
    private static readonly string[] WhenElseEnd = { "when", "else", "end" };

    private int _loopDepth;

    /// <summary>Parses statements until EOF or one of <paramref name="stopWords"/> starts a statement.</summary>
    private BlockStatement ParseBlock(string[] stopWords, out string? stoppedAt)
    {
        var statements = new List<Statement>();
        stoppedAt = null;
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    return new BlockStatement(statements);
                case TokenKind.Raw or TokenKind.Escape:
                    Advance();
                    if (token.ContentEnd > token.ContentStart)
                    {
                        statements.Add(new TextStatement(_text[token.ContentStart..token.ContentEnd]) { Span = SpanOf(token) });
                    }

                    continue;
                case TokenKind.CodeEnter or TokenKind.CodeExit or TokenKind.NewLine or TokenKind.Semicolon:
                    Advance();
                    continue;
            }

            foreach (var word in stopWords)
            {
                if (IsWord(word))
                {
                    stoppedAt = word;
                    return new BlockStatement(statements);
                }
            }

            var statement = ParseStatement();
            if (statement is not null)
            {
                statements.Add(statement);
            }

            ExpectEndOfStatement();
        }
    }

    private Statement? ParseStatement()
    {
        if (_nesting >= MaxNesting)
        {
            Error(Current, $"The statement is nested more than {MaxNesting} levels deep.");
            while (Current.Kind != TokenKind.EndOfFile)
            {
                Advance();
            }

            return null;
        }

        _nesting++;
        try
        {
            return ParseStatementCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private Statement? ParseStatementCore()
    {
        var start = Current;
        if (start.Kind == TokenKind.Identifier && !(PeekToken().Kind is TokenKind.Dot or TokenKind.QuestionDot && PeekToken().Start == start.End))
        {
            switch (TextOf(start))
            {
                case "if": Advance(); return ParseIf(start);
                case "case": Advance(); return ParseCase(start);
                case "for": Advance(); return ParseFor(start, tableRow: false);
                case "tablerow": Advance(); return ParseFor(start, tableRow: true);
                case "while": Advance(); return ParseWhile(start);
                case "capture": Advance(); return ParseCapture(start);
                case "func": Advance(); return ParseFunction(start);
                case "ret": Advance(); return new ReturnStatement(IsEndOfStatement(Current.Kind) ? null : ParseExpression()) { Span = SpanFrom(start) };
                case "break" or "continue": return ParseBreakContinue(start);
                case "import": Advance(); return new ImportStatement(ParseExpression()) { Span = SpanFrom(start) };
                case "with": Advance(); return ParseWith(start);
                case "wrap": Advance(); return ParseWrap(start);
                case "readonly": Advance(); return ParseReadOnly(start);
                case "else" or "when":
                    Error(start, "A else condition must be preceded by another if/else/when condition or a for loop.");
                    Advance();
                    SkipToEndOfStatement();
                    return null;
                case "end":
                    Error(start, "Unexpected `end` statement without a matching block.");
                    Advance();
                    return null;
            }
        }

        return ParseExpressionStatement();
    }

    private Statement? ParseBreakContinue(Token start)
    {
        var word = TextOf(start);
        Advance();
        if (_loopDepth == 0)
        {
            Error(start, $"The <{word}> statement can only be used inside for/while loops");
            return null;
        }

        return word == "break" ? new BreakStatement { Span = SpanOf(start) } : new ContinueStatement { Span = SpanOf(start) };
    }

    private bool ExpectEnd(Token start, string description)
    {
        if (IsWord("end"))
        {
            Advance();
            return true;
        }

        var at = Current.Kind == TokenKind.EndOfFile ? LastCodeToken() : Current;
        _ = start;
        Error(at, $"Error while parsing {description}: The <end> statement was not found in: {Syntax(description)}");
        return false;
    }

    /// <summary>The last token that is not template text, where an unterminated block is reported (as Scriban does).</summary>
    private Token LastCodeToken()
    {
        for (var i = _tokens.Count - 1; i >= 0; i--)
        {
            if (_tokens[i].Kind is not (TokenKind.Raw or TokenKind.Escape or TokenKind.EndOfFile))
            {
                return _tokens[i];
            }
        }

        return Current;
    }

    private static string Syntax(string description) => description switch
    {
        "if statement" => "if <expression> ... end|else|else if",
        "for statement" => "for <variable> in <expression> ... end",
        "while statement" => "while <expression> ... end",
        "capture statement" => "capture <variable> ... end",
        "function statement" => "func <variable> ... end",
        "case statement" => "case <expression> ... when ... end",
        _ => description + " ... end",
    };

    private Expression? ParseRequiredExpression(string description)
    {
        if (IsEndOfStatement(Current.Kind))
        {
            Error(Current, $"Error while parsing {description}: Expecting <expression> instead of `{TextOf(Current)}` in: {Syntax(description)}");
            return null;
        }

        return ParseExpression();
    }

    private Statement? ParseCapture(Token start)
    {
        if (IsEndOfStatement(Current.Kind))
        {
            Error(Current, $"Error while parsing capture statement: Expecting <expression> instead of `{TextOf(Current)}` in: capture <variable> ... end");
            SkipToEndOfStatement();
        }

        var target = IsEndOfStatement(Current.Kind) ? null : ParsePostfix();
        if (target is not null and not PathExpression)
        {
            Error(start, "Error while parsing capture statement: Expecting a variable in: capture <variable> ... end");
        }

        var body = ParseBlock(EndOnly, out _);
        ExpectEnd(start, "capture statement");
        return target is PathExpression path ? new CaptureStatement(path, body) { Span = SpanFrom(start) } : null;
    }

    private Statement? ParseWith(Token start)
    {
        var target = ParseRequiredExpression("with statement");
        var body = ParseBlock(EndOnly, out _);
        ExpectEnd(start, "with statement");
        return target is null ? null : new WithStatement(target, body) { Span = SpanFrom(start) };
    }

    private Statement? ParseReadOnly(Token start)
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            Error(token, $"Expecting a variable instead of `{TextOf(token)}` for the readonly statement");
            return null;
        }

        Advance();
        return new ReadOnlyStatement(new VariableExpression(TextOf(token), false) { Span = SpanOf(token) }) { Span = SpanFrom(start) };
    }
}
