namespace Civic.Templating.Syntax;

/// <summary>A node of the syntax tree. Every node knows where it came from, so runtime errors point at it.</summary>
public abstract class Node
{
    /// <summary>Where the node is in the source.</summary>
    public SourceSpan Span { get; init; }
}
