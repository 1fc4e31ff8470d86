using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary>A statement: runs, writes output, and says how control continues.</summary>
public abstract class Statement : Node
{
    /// <summary>Runs the statement.</summary>
    internal abstract Completion Execute(TemplateContext context);
}
