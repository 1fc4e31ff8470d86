using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary><c>for</c> and <c>tablerow</c>.</summary>
internal sealed partial class Parser
{
    private bool _inLoopHeader;

    private Statement? ParseFor(Token start, bool tableRow)
    {
        var keyword = tableRow ? "tablerow" : "for";
        var variableToken = Current;
        if (variableToken.Kind is not (TokenKind.Identifier or TokenKind.Local))
        {
            Error(start, $"Error while parsing {keyword} statement: Expecting a variable instead of `{TextOf(variableToken)}` in: {keyword} <variable> in <expression> ... end");
            SkipToEndOfStatement();
            ParseLoopBody(tableRow);
            return null;
        }

        Advance();
        var name = TextOf(variableToken);
        var variable = variableToken.Kind == TokenKind.Local
            ? new VariableExpression(name[1..], true) { Span = SpanOf(variableToken) }
            : new VariableExpression(name, false) { Span = SpanOf(variableToken) };
        if (!IsWord("in"))
        {
            Error(start, $"Error while parsing {keyword} statement: Expecting 'in' word instead of `{TextOf(Current)}` in: {keyword} <variable> in <expression> ... end");
            SkipToEndOfStatement();
            ParseLoopBody(tableRow);
            return null;
        }

        Advance();
        if (IsEndOfStatement(Current.Kind))
        {
            Error(Current, $"Error while parsing {keyword} statement: Expecting <expression> instead of `{TextOf(Current)}` in: {keyword} <variable> in <expression> ... end");
            ParseLoopBody(tableRow);
            return null;
        }

        _inLoopHeader = true;
        Expression iterable;
        LoopOptions options;
        try
        {
            iterable = ParseExpression();
            options = ParseLoopOptions();
        }
        finally
        {
            _inLoopHeader = false;
        }

        var (body, otherwise) = ParseLoopBody(tableRow);
        ExpectEnd(start, keyword + " statement");
        return tableRow
            ? new TableRowStatement(variable, iterable, options, body) { Span = SpanFrom(start) }
            : new ForStatement(variable, iterable, options, body, otherwise) { Span = SpanFrom(start) };
    }

    private (BlockStatement Body, BlockStatement? Else) ParseLoopBody(bool tableRow)
    {
        _loopDepth++;
        var body = ParseBlock(tableRow ? EndOnly : ElseOrEnd, out var stop);
        _loopDepth--;
        BlockStatement? otherwise = null;
        if (stop == "else")
        {
            Advance();
            otherwise = ParseBlock(EndOnly, out _);
        }

        return (body, otherwise);
    }

    private LoopOptions ParseLoopOptions()
    {
        Expression? offset = null, limit = null, columns = null;
        var reversed = false;
        while (Current.Kind == TokenKind.Identifier)
        {
            var word = TextOf(Current);
            if (word == "reversed")
            {
                Advance();
                reversed = true;
                continue;
            }

            if (word is not ("offset" or "limit" or "cols") || PeekToken().Kind != TokenKind.Colon)
            {
                break;
            }

            Advance();
            Advance();
            var value = ParseUnary();
            switch (word)
            {
                case "offset": offset = value; break;
                case "limit": limit = value; break;
                default: columns = value; break;
            }
        }

        return offset is null && limit is null && columns is null && !reversed ? LoopOptions.None : new LoopOptions(offset, limit, reversed, columns);
    }

    private static bool IsLoopOptionWord(string word) => word is "offset" or "limit" or "reversed" or "cols";
}
