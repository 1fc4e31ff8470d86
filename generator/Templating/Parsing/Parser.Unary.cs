using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Parsing;

/// <summary>Unary operators.</summary>
internal sealed partial class Parser
{
    private Expression ParseUnary()
    {
        if (_nesting >= MaxNesting)
        {
            Error(Current, $"The expression is nested more than {MaxNesting} levels deep.");
            SkipToEndOfStatement();
            return new LiteralExpression(null) { Span = SpanOf(Current) };
        }

        _nesting++;
        try
        {
            return ParseUnaryCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private Expression ParseUnaryCore()
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Bang or TokenKind.Minus or TokenKind.Plus:
                Advance();
                if (!CanStartOperand(Current))
                {
                    Error(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{TextOf(Current)}` in: <operator> <expression>");
                    return new LiteralExpression(null) { Span = SpanOf(start) };
                }

                var operand = ParseUnary();
                if (start.Kind == TokenKind.Minus && operand is LiteralExpression { Value: var number } && number is not null and not string and not bool)
                {
                    return new LiteralExpression(Runtime.Arithmetic.Negate(number)) { Span = SpanFrom(start) };
                }

                return new UnaryExpression(TextOf(start)[0], operand) { Span = SpanFrom(start) };
            case TokenKind.PlusPlus or TokenKind.MinusMinus:
                Advance();
                var target = ParsePostfix();
                if (target is not PathExpression path)
                {
                    Error(start, "Unsupported target expression for increment.");
                    return target;
                }

                return new IncrementExpression(path, start.Kind == TokenKind.PlusPlus, prefix: true) { Span = SpanFrom(start) };
            case TokenKind.At:
                Advance();
                return new AliasExpression(ParsePostfix()) { Span = SpanFrom(start) };
            case TokenKind.Caret:
                Advance();
                return new ExpandExpression(ParseUnary()) { Span = SpanFrom(start) };
        }

        return ParseCall();
    }
}
