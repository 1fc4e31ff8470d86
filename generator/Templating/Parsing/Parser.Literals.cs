using System.Globalization;
using System.Numerics;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Parsing;

/// <summary>Primary expressions: literals, variables, groups, array and object initializers.</summary>
internal sealed partial class Parser
{
    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Float:
                Advance();
                return new LiteralExpression(ParseNumber(token)) { Span = SpanOf(token) };
            case TokenKind.String:
                Advance();
                return new LiteralExpression(StringLiterals.Unescape(_text, token.Start + 1, token.End - 1, false)) { Span = SpanOf(token) };
            case TokenKind.VerbatimString:
                Advance();
                return new LiteralExpression(_text[(token.Start + 1)..Math.Max(token.Start + 1, token.End - 1)].Replace("``", "`")) { Span = SpanOf(token) };
            case TokenKind.InterpolatedString:
                Advance();
                return ParseInterpolated(token);
            case TokenKind.Local:
                Advance();
                return new VariableExpression(TextOf(token)[1..], true) { Span = SpanOf(token) };
            case TokenKind.Identifier:
                Advance();
                return TextOf(token) switch
                {
                    "true" => new LiteralExpression(ValueConverter.Box(true)) { Span = SpanOf(token) },
                    "false" => new LiteralExpression(ValueConverter.Box(false)) { Span = SpanOf(token) },
                    "null" => new LiteralExpression(null) { Span = SpanOf(token) },
                    "do" => ParseAnonymousFunction(token),
                    var name => new VariableExpression(name, false) { Span = SpanOf(token) },
                };
            case TokenKind.OpenParen:
                Advance();
                var inner = ParseNested(ParseExpression);
                if (Current.Kind != TokenKind.CloseParen)
                {
                    Error(Current, $"Invalid token `{TextOf(Current)}`. Expecting a closing `)`.");
                    return inner;
                }

                Advance();
                return new ParenthesizedExpression(inner) { Span = SpanFrom(token) };
            case TokenKind.OpenBracket:
                Advance();
                return ParseNested(() => ParseArray(token));
            case TokenKind.OpenBrace:
                Advance();
                return ParseNested(() => ParseObject(token));
            default:
                Error(token, $"Unexpected token `{TextOf(token)}` while parsing expression");
                if (!IsEndOfStatement(token.Kind))
                {
                    Advance();
                }

                return new LiteralExpression(null) { Span = SpanOf(token) };
        }
    }

    private Expression ParseArray(Token start)
    {
        var items = new List<Expression>();
        SkipNewLines();
        while (Current.Kind != TokenKind.CloseBracket)
        {
            if (!CanStartOperand(Current))
            {
                if (items.Count > 0)
                {
                    Error(Current, $"Error while parsing array initializer: Expecting <expression> instead of `{TextOf(Current)}` in: [item1, item2,...]");
                }

                break;
            }

            items.Add(ParseExpression());
            SkipNewLines();
            if (Current.Kind != TokenKind.Comma)
            {
                break;
            }

            Advance();
            SkipNewLines();
        }

        if (Current.Kind != TokenKind.CloseBracket)
        {
            Error(Current, $"Unexpected token found `{TextOf(Current)}` while expecting `]`.");
        }
        else
        {
            Advance();
        }

        return new ArrayExpression(items) { Span = SpanFrom(start) };
    }

    private Expression ParseObject(Token start)
    {
        var members = new List<KeyValuePair<string, Expression>>();
        SkipNewLines();
        while (Current.Kind != TokenKind.CloseBrace)
        {
            var name = Current;
            string key;
            if (name.Kind == TokenKind.Identifier)
            {
                key = TextOf(name);
            }
            else if (name.Kind == TokenKind.String)
            {
                key = StringLiterals.Unescape(_text, name.Start + 1, name.End - 1, false);
            }
            else
            {
                Error(name, $"Unexpected token `{TextOf(name)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                SkipToEndOfStatement();
                break;
            }

            Advance();
            if (Current.Kind != TokenKind.Colon)
            {
                Error(Current, $"Unexpected token `{TextOf(Current)}` Expecting a colon : after identifier `{key}` for object initializer member name");
                SkipToEndOfStatement();
                break;
            }

            Advance();
            SkipNewLines();
            if (!CanStartOperand(Current))
            {
                Error(Current, $"Unexpected token `{TextOf(Current)}`. Expecting an expression for the value of the member.");
                SkipToEndOfStatement();
                break;
            }

            members.Add(new(key, ParseExpression()));
            SkipNewLines();
            if (Current.Kind != TokenKind.Comma)
            {
                break;
            }

            Advance();
            SkipNewLines();
        }

        if (Current.Kind == TokenKind.CloseBrace)
        {
            Advance();
        }
        else if (!IsEndOfStatement(Current.Kind))
        {
            Error(Current, $"Unexpected token found `{TextOf(Current)}` while expecting `}}`.");
        }

        return new ObjectExpression(members) { Span = SpanFrom(start) };
    }

    private object ParseNumber(Token token)
    {
        var raw = TextOf(token).Replace("_", string.Empty);
        var suffix = char.ToLowerInvariant(raw[^1]);
        var isHex = raw.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var isBinary = raw.StartsWith("0b", StringComparison.OrdinalIgnoreCase);
        if (suffix is 'u' or 'l' or 'f' or 'd' or 'm' && !(isHex && suffix is 'd' or 'f'))
        {
            raw = raw[..^1];
        }
        else
        {
            suffix = '\0';
        }

        try
        {
            if (isHex || isBinary)
            {
                var value = isHex
                    ? ulong.Parse(raw[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                    : Convert.ToUInt64(raw[2..], 2);
                return suffix == 'u' ? (value <= uint.MaxValue ? (uint)value : value) : value <= long.MaxValue ? ValueConverter.Box((long)value) : value;
            }

            switch (suffix)
            {
                case 'f': return float.Parse(raw, CultureInfo.InvariantCulture);
                case 'd': return double.Parse(raw, CultureInfo.InvariantCulture);
                case 'm': return decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (token.Kind == TokenKind.Float)
            {
                var exponent = raw.IndexOfAny(new[] { 'e', 'E' });
                if (!raw.Contains('.') && exponent > 0 && int.TryParse(raw[(exponent + 1)..], CultureInfo.InvariantCulture, out var power) && power >= 0)
                {
                    return ValueConverter.Box(BigInteger.Parse(raw[..exponent], CultureInfo.InvariantCulture) * BigInteger.Pow(10, power));
                }

                return double.Parse(raw, CultureInfo.InvariantCulture);
            }

            var big = BigInteger.Parse(raw, CultureInfo.InvariantCulture);
            return suffix switch
            {
                'u' when big <= uint.MaxValue => (uint)big,
                'u' => (ulong)big,
                'l' => (long)big,
                _ => ValueConverter.Box(big),
            };
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            Error(token, $"Unable to parse the number `{TextOf(token)}`");
            return 0;
        }
    }
}
