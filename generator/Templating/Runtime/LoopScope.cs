namespace Civic.Templating.Runtime;

/// <summary>Variables that live only during one loop: the loop variable and <c>for</c>/<c>while</c>/<c>tablerow</c>.</summary>
internal readonly record struct LoopScope(ScopeStore Store, int FrameIndex);
