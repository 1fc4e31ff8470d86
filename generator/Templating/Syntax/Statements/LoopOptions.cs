using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>The options after a <c>for</c>/<c>tablerow</c> iterable: <c>offset:</c>, <c>limit:</c>, <c>reversed</c>, <c>cols:</c>.</summary>
/// <param name="Offset">Items to skip first.</param>
/// <param name="Limit">Most items to visit.</param>
/// <param name="Reversed">Visit in reverse order (after offset and limit).</param>
/// <param name="Columns">Cells per row of a tablerow.</param>
public sealed record LoopOptions(Expression? Offset, Expression? Limit, bool Reversed, Expression? Columns)
{
    /// <summary>No options.</summary>
    public static readonly LoopOptions None = new(null, null, false, null);
}
