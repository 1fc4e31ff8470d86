using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary>
/// Recursive-descent parser for the Scriban language. Problems become <see cref="TemplateDiagnostic"/>s and parsing
/// goes on at the next statement, so one parse reports every error.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly string _path;
    private readonly List<TemplateDiagnostic> _diagnostics;
    private readonly List<Token> _tokens;
    private int _index;

    public Parser(string text, string path)
    {
        _text = text;
        _path = path;
        _diagnostics = new List<TemplateDiagnostic>();
        var lexer = new Lexer(text);
        _tokens = lexer.TokenizeTemplate();
        foreach (var error in lexer.Errors)
        {
            _diagnostics.Add(new TemplateDiagnostic(new SourceSpan(path, error.Start, error.Start, error.Line, error.Column), error.Message));
        }
    }

    private Parser(Parser parent, List<Token> tokens)
    {
        _text = parent._text;
        _path = parent._path;
        _diagnostics = parent._diagnostics;
        _tokens = tokens;
    }

    public IReadOnlyList<TemplateDiagnostic> Diagnostics => _diagnostics;

    private Token Current => _tokens[_index];

    private Token Previous => _tokens[Math.Max(0, _index - 1)];

    public BlockStatement ParseTemplate()
    {
        var block = ParseBlock(NoStopWords, out _);
        return block;
    }

    private Token PeekToken(int offset = 1) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private string TextOf(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.NewLine => "\\n",
        _ => _text[token.Start..token.End],
    };

    private bool IsWord(Token token, string word)
        => token.Kind == TokenKind.Identifier && token.End - token.Start == word.Length
            && string.CompareOrdinal(_text, token.Start, word, 0, word.Length) == 0;

    private bool IsWord(string word) => IsWord(Current, word);

    private SourceSpan SpanOf(Token token) => new(_path, token.Start, token.End, token.Line, token.Column);

    private SourceSpan SpanFrom(Token start) => new(_path, start.Start, Math.Max(start.End, Previous.End), start.Line, start.Column);

    private void Error(Token token, string message) => _diagnostics.Add(new TemplateDiagnostic(SpanOf(token), message));

    private static bool IsEndOfStatement(TokenKind kind)
        => kind is TokenKind.NewLine or TokenKind.Semicolon or TokenKind.CodeExit or TokenKind.EndOfFile;

    /// <summary>After a statement only a line end, <c>;</c> or <c>}}</c> may follow.</summary>
    private void ExpectEndOfStatement()
    {
        if (IsEndOfStatement(Current.Kind) || Current.Kind is TokenKind.Raw or TokenKind.Escape)
        {
            return;
        }

        Error(Current, $"Invalid token found `{TextOf(Current)}`. Expecting <EOL>/end of line.");
        SkipToEndOfStatement();
    }

    private void SkipToEndOfStatement()
    {
        while (!IsEndOfStatement(Current.Kind))
        {
            Advance();
        }
    }

    private void SkipNewLines()
    {
        while (Current.Kind == TokenKind.NewLine)
        {
            Advance();
        }
    }
}
