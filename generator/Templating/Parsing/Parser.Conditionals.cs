using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary><c>if</c>, <c>case</c>/<c>when</c> and <c>while</c>.</summary>
internal sealed partial class Parser
{
    private Statement? ParseIf(Token start)
    {
        var conditionStart = Current;
        var condition = ParseRequiredExpression("if statement");
        if (condition is null)
        {
            SkipToEndOfStatement();
        }

        CheckNoAssignment(conditionStart);
        var then = ParseBlock(ElseOrEnd, out var stop);
        Statement? otherwise = null;
        if (stop == "else")
        {
            var elseToken = Advance();
            if (IsWord("if"))
            {
                var nested = Advance();
                otherwise = ParseIf(nested);
                return condition is null ? null : new IfStatement(condition, then, otherwise) { Span = SpanFrom(start) };
            }

            ExpectEndOfStatement();
            otherwise = ParseBlock(EndOnly, out _);
            _ = elseToken;
        }

        ExpectEnd(start, "if statement");
        return condition is null ? null : new IfStatement(condition, then, otherwise) { Span = SpanFrom(start) };
    }

    private Statement? ParseCase(Token start)
    {
        var conditionStart = Current;
        var value = ParseRequiredExpression("case statement");
        CheckNoAssignment(conditionStart);
        var whens = new List<WhenClause>();
        BlockStatement? otherwise = null;
        while (true)
        {
            while (Current.Kind is TokenKind.NewLine or TokenKind.Semicolon or TokenKind.CodeEnter or TokenKind.CodeExit
                   || Current.Kind is TokenKind.Raw && string.IsNullOrWhiteSpace(_text[Current.ContentStart..Current.ContentEnd]))
            {
                Advance();
            }

            if (IsWord("when"))
            {
                Advance();
                var values = new List<Expression>();
                do
                {
                    SkipNewLines();
                    values.Add(ParseExpression());
                }
                while ((Current.Kind == TokenKind.Comma || IsWord("or")) && Advance().Kind != TokenKind.EndOfFile);

                ExpectEndOfStatement();
                whens.Add(new WhenClause(values, ParseBlock(WhenElseEnd, out _)));
                continue;
            }

            if (IsWord("else"))
            {
                if (whens.Count == 0)
                {
                    Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
                }

                Advance();
                otherwise = ParseBlock(EndOnly, out _);
            }

            if (IsWord("end") || Current.Kind == TokenKind.EndOfFile)
            {
                break;
            }

            Error(Current, $"Unexpected statement/expression `{TextOf(Current)}` in the body of a `case` statement. Only `when`/`else` are expected.");
            SkipToEndOfStatement();
        }

        ExpectEnd(start, "case statement");
        return value is null ? null : new CaseStatement(value, whens, otherwise) { Span = SpanFrom(start) };
    }

    private Statement? ParseWhile(Token start)
    {
        var conditionStart = Current;
        var condition = ParseRequiredExpression("while statement");
        CheckNoAssignment(conditionStart);
        _loopDepth++;
        var body = ParseBlock(EndOnly, out _);
        _loopDepth--;
        ExpectEnd(start, "while statement");
        return condition is null ? null : new WhileStatement(condition, body) { Span = SpanFrom(start) };
    }
}
