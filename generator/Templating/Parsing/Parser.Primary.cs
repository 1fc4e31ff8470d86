using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Parsing;

/// <summary>Primary expressions and postfix access: literals, variables, (...), [...], {...}, a.b, a?.b, a[i], f(x).</summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "else", "end", "for", "in", "while", "case", "when", "capture", "func", "ret", "break", "continue",
        "import", "with", "wrap", "readonly", "tablerow",
    };

    private static readonly HashSet<string> LoopMembers = new(StringComparer.Ordinal)
    {
        "index", "rindex", "first", "last", "even", "odd", "changed", "length", "col", "row",
    };

    private static readonly HashSet<string> WhileMembers = new(StringComparer.Ordinal) { "index", "first", "even", "odd" };

    private static bool IsKeyword(string word) => Keywords.Contains(word);

    private bool CanStartOperand(Token token) => token.Kind switch
    {
        TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.VerbatimString or TokenKind.InterpolatedString
            or TokenKind.Local or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.Bang
            or TokenKind.Minus or TokenKind.Plus or TokenKind.At or TokenKind.PlusPlus or TokenKind.MinusMinus => true,
        TokenKind.Identifier => !IsKeyword(TextOf(token)) || TextOf(token) is "for" or "while" or "tablerow",
        _ => false,
    };

    private bool CanStartArgument(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.VerbatimString or TokenKind.InterpolatedString
                or TokenKind.Local or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.At or TokenKind.Caret
                or TokenKind.Bang:
                return true;
            case TokenKind.OpenParen:
                return token.Start != Previous.End;
            case TokenKind.Identifier:
                var word = TextOf(token);
                if (_inLoopHeader && IsLoopOptionWord(word))
                {
                    return false;
                }

                return !IsKeyword(word);
            default:
                return false;
        }
    }

    private Expression ParsePostfix()
    {
        var start = Current;
        var expression = ParsePrimary();
        while (true)
        {
            var token = Current;
            if (token.Kind is TokenKind.Dot or TokenKind.QuestionDot)
            {
                Advance();
                var name = Current;
                if (name.Kind != TokenKind.Identifier)
                {
                    Error(name, $"Expecting a member name after `.` instead of `{TextOf(name)}`");
                    return expression;
                }

                Advance();
                var memberName = TextOf(name);
                if (memberName == "empty" && Current.Kind == TokenKind.Question && Current.Start == name.End)
                {
                    Advance();
                    memberName = "empty?";
                }

                CheckLoopMember(expression, memberName, start);
                expression = new MemberExpression(expression, memberName, token.Kind == TokenKind.QuestionDot)
                {
                    Span = SpanFrom(start),
                    NameSpan = SpanOf(name),
                };
            }
            else if (token.Kind == TokenKind.OpenBracket && token.Start == Previous.End)
            {
                Advance();
                if (Current.Kind is TokenKind.CloseBracket or TokenKind.CodeExit or TokenKind.EndOfFile)
                {
                    Error(Current, $"Error while parsing indexer expression: Expecting <index_expression> instead of `{TextOf(Current)}` in: <expression>[<index_expression>]");
                    Error(Current, $"Unexpected `{TextOf(Current)}`. Expecting ']'");
                    return expression;
                }

                var index = ParseNested(ParseExpression);
                if (Current.Kind != TokenKind.CloseBracket)
                {
                    Error(Current, $"Unexpected `{TextOf(Current)}`. Expecting ']'");
                    return expression;
                }

                Advance();
                expression = new IndexExpression(expression, index) { Span = SpanFrom(start) };
            }
            else if (token.Kind == TokenKind.OpenParen && token.Start == Previous.End && expression is PathExpression or CallExpression or ParenthesizedExpression)
            {
                Advance();
                var arguments = new List<CallArgument>();
                ParseNested(() =>
                {
                    SkipNewLines();
                    while (Current.Kind is not (TokenKind.CloseParen or TokenKind.CodeExit or TokenKind.EndOfFile))
                    {
                        arguments.Add(Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.Colon
                            ? new CallArgument(TextOf(Advance()), SkipColonThenParse(), false)
                            : Current.Kind == TokenKind.Caret
                                ? new CallArgument(null, SkipColonThenParse(), true)
                                : new CallArgument(null, ParseExpression(), false));
                        SkipNewLines();
                        if (Current.Kind != TokenKind.Comma)
                        {
                            break;
                        }

                        Advance();
                        SkipNewLines();
                    }

                    return (Expression?)null;
                });
                if (Current.Kind != TokenKind.CloseParen)
                {
                    Error(Current, $"Invalid token `{TextOf(Current)}`. Expecting a closing `)`.");
                    return expression;
                }

                Advance();
                expression = new CallExpression(expression, arguments) { Span = SpanFrom(start) };
            }
            else
            {
                return expression;
            }
        }
    }

    private Expression SkipColonThenParse()
    {
        Advance();
        return ParseExpression();
    }

    /// <summary>Inside brackets command calls are allowed again and new lines do not end the expression.</summary>
    private T ParseNested<T>(Func<T> parse)
    {
        var savedDepth = _argumentDepth;
        var savedHeader = _inLoopHeader;
        _argumentDepth = 0;
        _inLoopHeader = false;
        try
        {
            return parse();
        }
        finally
        {
            _argumentDepth = savedDepth;
            _inLoopHeader = savedHeader;
        }
    }

    private void CheckLoopMember(Expression target, string member, Token start)
    {
        if (target is not VariableExpression { IsLocal: false } variable)
        {
            return;
        }

        if (variable.Name is "for" or "tablerow" && !LoopMembers.Contains(member))
        {
            Error(start, $"The loop variable <{variable.Name}.{member}> is not supported");
        }
        else if (variable.Name == "while" && !WhileMembers.Contains(member))
        {
            Error(start, $"The loop variable <while.{member}> is invalid");
        }
    }
}
