using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary>A sequence of statements (a template body, or the body of if/for/func...).</summary>
public sealed class BlockStatement : Statement
{
    /// <summary>Creates the block.</summary>
    public BlockStatement(IReadOnlyList<Statement> statements)
    {
        Statements = statements;
        _statements = statements.ToArray();
    }

    // The same statements as an array: indexed without an interface call per statement.
    private readonly Statement[] _statements;

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var statements = _statements;
        for (var i = 0; i < statements.Length; i++)
        {
            var completion = statements[i].Execute(context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }
}
