using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary><c>func</c>, <c>do ... end</c>, <c>wrap</c> and <c>f(x) = expression</c>.</summary>
internal sealed partial class Parser
{
    private Statement? ParseFunction(Token start)
    {
        var nameToken = Current;
        if (nameToken.Kind is not (TokenKind.Identifier or TokenKind.Local))
        {
            Error(nameToken, $"Expecting a function name instead of `{TextOf(nameToken)}`");
            SkipToEndOfStatement();
            return null;
        }

        Advance();
        var name = TextOf(nameToken);
        var variable = nameToken.Kind == TokenKind.Local
            ? new VariableExpression(name[1..], true) { Span = SpanOf(nameToken) }
            : new VariableExpression(name, false) { Span = SpanOf(nameToken) };
        var parameters = Current.Kind == TokenKind.OpenParen ? ParseParameters() : null;
        var body = ParseFunctionBody();
        if (!IsWord("end"))
        {
            Error(nameToken, "Error while parsing function statement: The <end> statement was not found in: func <variable> ... end");
            return null;
        }

        Advance();
        var function = TemplateFunction.Create(name, parameters, body, SpanFrom(start));
        return new FunctionStatement(variable, function) { Span = SpanFrom(start) };
    }

    private BlockStatement ParseFunctionBody()
    {
        var savedLoopDepth = _loopDepth;
        _loopDepth = 0;
        var body = ParseBlock(EndOnly, out _);
        _loopDepth = savedLoopDepth;
        return body;
    }

    /// <summary><c>do [(params)] ... end</c> as an expression.</summary>
    private Expression ParseAnonymousFunction(Token start)
    {
        var parameters = Current.Kind == TokenKind.OpenParen ? ParseParameters() : null;
        var body = ParseFunctionBody();
        if (!IsWord("end"))
        {
            Error(start, "Error while parsing anonymous function: The <end> statement was not found in: do ... end");
        }
        else
        {
            Advance();
        }

        return new FunctionExpression(TemplateFunction.Create("do", parameters, body, SpanFrom(start))) { Span = SpanFrom(start) };
    }

    private List<ScriptParameter> ParseParameters()
    {
        Advance();
        var parameters = new List<ScriptParameter>();
        var seenOptional = false;
        var seenParams = false;
        while (Current.Kind is not (TokenKind.CloseParen or TokenKind.EndOfFile or TokenKind.CodeExit))
        {
            var token = Current;
            if (token.Kind is not (TokenKind.Identifier or TokenKind.Local))
            {
                Error(token, $"Expecting a parameter name instead of `{TextOf(token)}`");
                Advance();
                continue;
            }

            Advance();
            var name = TextOf(token);
            if (Current.Kind == TokenKind.DotDot && PeekToken().Kind == TokenKind.Dot)
            {
                Advance();
                Advance();
                parameters.Add(ScriptParameter.Params(name));
                seenParams = true;
            }
            else if (Current.Kind == TokenKind.Assign)
            {
                Advance();
                var value = ParseUnary();
                if (seenParams)
                {
                    Error(token, "Cannot declare an optional parameter after a variable parameter (`...`).");
                }

                parameters.Add(ScriptParameter.Optional(name, value is LiteralExpression literal ? literal.Value : null));
                seenOptional = true;
            }
            else
            {
                if (seenOptional || seenParams)
                {
                    Error(token, "Cannot declare a normal parameter after an optional parameter.");
                }

                parameters.Add(ScriptParameter.Required(name));
            }

            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
            }
        }

        if (Current.Kind == TokenKind.CloseParen)
        {
            Advance();
        }
        else
        {
            Error(Current, $"Invalid token `{TextOf(Current)}`. Expecting a closing `)`.");
        }

        return parameters;
    }

    /// <summary><c>f(x, y) = expression</c>: a one-line function definition.</summary>
    private Statement? ParseShortFunction(Token start, CallExpression call)
    {
        var parameters = new List<ScriptParameter>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Value is VariableExpression { IsLocal: false } variable && argument.Name is null)
            {
                parameters.Add(ScriptParameter.Required(variable.Name));
            }
            else
            {
                Error(start, "Unsupported target expression for assignment.");
                return null;
            }
        }

        Advance();
        var valueStart = Current;
        var value = ParseExpression();
        var body = new BlockStatement(new Statement[] { new ReturnStatement(value) { Span = SpanFrom(valueStart) } });
        var target = (VariableExpression)call.Target;
        var function = TemplateFunction.Create(target.Name, parameters, body, SpanFrom(start));
        return new FunctionStatement(target, function) { Span = SpanFrom(start) };
    }

    private Statement? ParseWrap(Token start)
    {
        var targetToken = Current;
        var call = ParseExpression();
        var body = ParseFunctionBody();
        ExpectEnd(start, "wrap statement");
        if (call is not (CallExpression or PathExpression))
        {
            var kind = call is ParenthesizedExpression ? "nested expression" : "expression";
            Error(targetToken, $"Expecting a direct function instead of the expression `{call}/{kind}`");
            return null;
        }

        var block = TemplateFunction.Create("$$", null, body, SpanFrom(start));
        return new WrapStatement(call, block) { Span = SpanFrom(start) };
    }
}
