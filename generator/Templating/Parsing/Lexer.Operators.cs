namespace Civic.Templating.Parsing;

/// <summary>Operator and punctuation tokens, longest match first.</summary>
internal sealed partial class Lexer
{
    private static readonly (string Text, TokenKind Kind)[] Operators =
    {
        ("..<", TokenKind.DotDotLess), ("//=", TokenKind.DoubleSlashAssign),
        ("..", TokenKind.DotDot), ("??", TokenKind.QuestionQuestion), ("?!", TokenKind.QuestionBang),
        ("?.", TokenKind.QuestionDot), ("<<", TokenKind.ShiftLeft), (">>", TokenKind.ShiftRight), ("==", TokenKind.Equal), ("!=", TokenKind.NotEqual), ("<=", TokenKind.LessEqual),
        (">=", TokenKind.GreaterEqual), ("&&", TokenKind.And), ("||", TokenKind.Or), ("++", TokenKind.PlusPlus),
        ("--", TokenKind.MinusMinus), ("+=", TokenKind.PlusAssign), ("-=", TokenKind.MinusAssign),
        ("*=", TokenKind.StarAssign), ("/=", TokenKind.SlashAssign), ("%=", TokenKind.PercentAssign),
        ("//", TokenKind.DoubleSlash),
        (".", TokenKind.Dot), ("?", TokenKind.Question), ("=", TokenKind.Assign), ("!", TokenKind.Bang),
        ("<", TokenKind.Less), (">", TokenKind.Greater), ("|", TokenKind.Pipe), ("+", TokenKind.Plus),
        ("-", TokenKind.Minus), ("*", TokenKind.Star), ("/", TokenKind.Slash), ("%", TokenKind.Percent),
        (":", TokenKind.Colon), (",", TokenKind.Comma), (";", TokenKind.Semicolon), ("(", TokenKind.OpenParen),
        (")", TokenKind.CloseParen), ("[", TokenKind.OpenBracket), ("]", TokenKind.CloseBracket),
        ("{", TokenKind.OpenBrace), ("}", TokenKind.CloseBrace), ("@", TokenKind.At), ("^", TokenKind.Caret),
    };

    private void LexOperator(int start, int line, int column)
    {
        foreach (var (text, kind) in Operators)
        {
            if (string.CompareOrdinal(_text, _pos, text, 0, text.Length) == 0)
            {
                // "x--}}" must stay a decrement-free trim: leave "-}}" to the code-exit rule.
                if (kind == TokenKind.MinusMinus && Peek(2) == '}' && Peek(3) == '}')
                {
                    continue;
                }

                Advance(text.Length);
                if (kind == TokenKind.OpenBrace)
                {
                    _braceDepth++;
                }
                else if (kind == TokenKind.CloseBrace && _braceDepth > 0)
                {
                    _braceDepth--;
                }

                Add(kind, start, line, column);
                return;
            }
        }

        Advance();
        Add(TokenKind.Invalid, start, line, column);
    }
}
