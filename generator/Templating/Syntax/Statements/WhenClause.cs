using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>when a, b</c> and its body.</summary>
/// <param name="Values">The values compared with the case value.</param>
/// <param name="Body">Runs on the first match.</param>
public sealed record WhenClause(IReadOnlyList<Expression> Values, BlockStatement Body);
