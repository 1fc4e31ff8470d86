namespace Civic.Templating.Syntax.Expressions;

/// <summary>One argument of a call: positional, named (<c>name: value</c>) or expanded (<c>^list</c>).</summary>
/// <param name="Name">The name of a named argument, else null.</param>
/// <param name="Value">The argument expression.</param>
/// <param name="Expand">True for <c>^list</c>: each item becomes a positional argument.</param>
public sealed record CallArgument(string? Name, Expression Value, bool Expand)
{
    /// <inheritdoc/>
    public override string ToString() => Name is not null ? $"{Name}: {Value}" : Expand ? "^" + Value : Value.ToString();
}
