using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>break</c>.</summary>
public sealed class BreakStatement : Statement
{
    internal override Completion Execute(TemplateContext context) => Completion.Break;
}
