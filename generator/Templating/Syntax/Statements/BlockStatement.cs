using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary>A sequence of statements (a template body, or the body of if/for/func...).</summary>
public sealed class BlockStatement : Statement
{
    /// <summary>Creates the block.</summary>
    public BlockStatement(IReadOnlyList<Statement> statements) => Statements = statements;

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Count; i++)
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
