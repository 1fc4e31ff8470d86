using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Parsing;

/// <summary>Turns template text into a syntax tree, collecting diagnostics instead of throwing.</summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly string _path;
    private readonly List<TemplateDiagnostic> _diagnostics = new();

    public Parser(string text, string path)
    {
        _text = text;
        _path = path;
    }

    public IReadOnlyList<TemplateDiagnostic> Diagnostics => _diagnostics;

    public BlockStatement ParseTemplate()
    {
        _diagnostics.Add(new TemplateDiagnostic(new SourceSpan(_path, 0, 0, 1, 1), "The parser is not available yet."));
        return new BlockStatement(Array.Empty<Statement>());
    }
}
