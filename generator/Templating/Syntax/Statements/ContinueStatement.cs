using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>continue</c>.</summary>
public sealed class ContinueStatement : Statement
{
    internal override Completion Execute(TemplateContext context) => Completion.Continue;
}
