using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary>Expressions: pipes, conditionals, binary operators by precedence, unary operators, calls.</summary>
internal sealed partial class Parser
{
    private int _argumentDepth;

    private Statement? ParseExpressionStatement()
    {
        var start = Current;
        var expression = ParseExpression();
        if (Current.Kind is TokenKind.Assign or TokenKind.PlusAssign or TokenKind.MinusAssign or TokenKind.StarAssign
            or TokenKind.SlashAssign or TokenKind.DoubleSlashAssign or TokenKind.PercentAssign)
        {
            if (Current.Kind == TokenKind.Assign && expression is CallExpression { Target: VariableExpression { IsLocal: false } } call
                && TextOf(PeekToken(-1)) == ")")
            {
                return ParseShortFunction(start, call);
            }

            if (expression is ParenthesizedExpression { Inner: PathExpression inner })
            {
                expression = inner;
            }

            var op = Advance();
            if (expression is not PathExpression target)
            {
                Error(expression is ParenthesizedExpression parenthesized ? FirstToken(parenthesized.Inner) : start, "Unsupported target expression for assignment.");
                SkipToEndOfStatement();
                return null;
            }

            if (IsEndOfStatement(Current.Kind))
            {
                Error(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{TextOf(Current)}` in: <target_expression> = <value_expression>");
                return null;
            }

            var valueStart = Current;
            var value = ParseExpression();
            CheckNoAssignment(valueStart);
            expression = new AssignExpression(target, CompoundOperator(op.Kind), value) { Span = SpanFrom(start) };
        }

        return new ExpressionStatement(expression) { Span = SpanFrom(start) };
    }

    private Token FirstToken(Expression expression)
    {
        foreach (var token in _tokens)
        {
            if (token.Start == expression.Span.Start && token.Kind != TokenKind.Raw)
            {
                return token;
            }
        }

        return Current;
    }

    private static BinaryOperator? CompoundOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusAssign => BinaryOperator.Add,
        TokenKind.MinusAssign => BinaryOperator.Subtract,
        TokenKind.StarAssign => BinaryOperator.Multiply,
        TokenKind.SlashAssign => BinaryOperator.Divide,
        TokenKind.DoubleSlashAssign => BinaryOperator.IntegerDivide,
        TokenKind.PercentAssign => BinaryOperator.Modulo,
        _ => null,
    };

    /// <summary>An assignment inside an expression (e.g. <c>if x = 1</c>) is an error.</summary>
    private void CheckNoAssignment(Token expressionStart)
    {
        if (Current.Kind == TokenKind.Assign)
        {
            Error(expressionStart, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
            SkipToEndOfStatement();
        }
    }

    /// <summary>A full expression: a conditional over pipes.</summary>
    private Expression ParseExpression()
    {
        var start = Current;
        var condition = ParsePipe();
        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        Advance();
        var whenTrue = ParseExpression();
        if (Current.Kind != TokenKind.Colon)
        {
            Error(Current, $"Expecting `:` instead of `{TextOf(Current)}` in: <condition> ? <expression> : <expression>");
            return condition;
        }

        Advance();
        var whenFalse = ParseExpression();
        return new ConditionalExpression(condition, whenTrue, whenFalse) { Span = SpanFrom(start) };
    }

    private Expression ParsePipe() => ParseBinary(0);

    /// <summary>
    /// A pipe continues the expression on its left with a call parsed at unary level, and operators after it apply
    /// to the pipe's result: <c>x | f + 1</c> is <c>(x | f) + 1</c>, as in Scriban.
    /// </summary>
    private bool AtPipe()
        => Current.Kind == TokenKind.Pipe
            || Current.Kind == TokenKind.NewLine && _argumentDepth == 0 && NextNonNewLine().Kind == TokenKind.Pipe;

    private Expression ParsePipeTail(Token start, Expression left)
    {
        SkipNewLines();
        Advance();
        SkipNewLines();
        if (!CanStartOperand(Current))
        {
            Error(Current, $"Error while parsing pipe expression: Expecting <expression> instead of `{TextOf(Current)}` in: <expression> | <expression>");
            return left;
        }

        var right = ParseUnary();
        return new PipeExpression(left, right) { Span = SpanFrom(start) };
    }

    private Token NextNonNewLine()
    {
        var offset = 0;
        while (PeekToken(offset).Kind == TokenKind.NewLine)
        {
            offset++;
        }

        return PeekToken(offset);
    }

    private static (BinaryOperator Op, int Precedence)? BinaryOf(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => (BinaryOperator.Coalesce, 1),
        TokenKind.QuestionBang => (BinaryOperator.IfNotNull, 1),
        TokenKind.Or => (BinaryOperator.Or, 2),
        TokenKind.And => (BinaryOperator.And, 3),
        TokenKind.Equal => (BinaryOperator.Equal, 4),
        TokenKind.NotEqual => (BinaryOperator.NotEqual, 4),
        TokenKind.Less => (BinaryOperator.Less, 5),
        TokenKind.LessEqual => (BinaryOperator.LessEqual, 5),
        TokenKind.Greater => (BinaryOperator.Greater, 5),
        TokenKind.GreaterEqual => (BinaryOperator.GreaterEqual, 5),
        TokenKind.DotDot => (BinaryOperator.RangeInclusive, 6),
        TokenKind.DotDotLess => (BinaryOperator.RangeExclusive, 6),
        TokenKind.ShiftLeft => (BinaryOperator.ShiftLeft, 6),
        TokenKind.ShiftRight => (BinaryOperator.ShiftRight, 6),
        TokenKind.Plus => (BinaryOperator.Add, 7),
        TokenKind.Minus => (BinaryOperator.Subtract, 7),
        TokenKind.Star => (BinaryOperator.Multiply, 8),
        TokenKind.Slash => (BinaryOperator.Divide, 8),
        TokenKind.DoubleSlash => (BinaryOperator.IntegerDivide, 8),
        TokenKind.Percent => (BinaryOperator.Modulo, 8),
        _ => null,
    };

    private Expression ParseBinary(int minimumPrecedence)
    {
        var start = Current;
        var left = ParseUnary();
        while (true)
        {
            if (minimumPrecedence == 0 && AtPipe())
            {
                left = ParsePipeTail(start, left);
                continue;
            }

            if (BinaryOf(Current.Kind) is not { } binary || binary.Precedence < minimumPrecedence)
            {
                break;
            }

            var opToken = Advance();
            if (!CanStartOperand(Current))
            {
                Error(Current, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{TextOf(Current)}` in: <expression> operator <expression>");
                return left;
            }

            var right = ParseBinary(binary.Precedence + 1);
            left = new BinaryExpression(binary.Op, left, right) { Span = SpanFrom(start), OperatorSpan = SpanOf(opToken) };
            _ = opToken;
        }

        return left;
    }

    /// <summary>A postfix expression, turned into a call when arguments follow (<c>f a b name: c</c>).</summary>
    private Expression ParseCall()
    {
        var start = Current;
        var target = ParsePostfix();
        if (Current.Kind is TokenKind.PlusPlus or TokenKind.MinusMinus && target is PathExpression incremented)
        {
            var op = Advance();
            return new IncrementExpression(incremented, op.Kind == TokenKind.PlusPlus, prefix: false) { Span = SpanFrom(start) };
        }

        if (_argumentDepth > 0 || target is not (PathExpression or LiteralExpression or ParenthesizedExpression) || !CanStartArgument(Current))
        {
            return target;
        }

        var arguments = new List<CallArgument>();
        _argumentDepth++;
        try
        {
            while (CanStartArgument(Current))
            {
                arguments.Add(ParseArgument());
            }
        }
        finally
        {
            _argumentDepth--;
        }

        return new CallExpression(target, arguments) { Span = SpanFrom(start) };
    }

    private CallArgument ParseArgument()
    {
        if (Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.Colon && !IsKeyword(TextOf(Current)))
        {
            var name = TextOf(Advance());
            Advance();
            return new CallArgument(name, ParseUnary(), false);
        }

        if (Current.Kind == TokenKind.Caret)
        {
            Advance();
            return new CallArgument(null, ParseUnary(), true);
        }

        return new CallArgument(null, ParseUnary(), false);
    }
}
