namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Host variables that many renders read at once (a site's navigation, a link to a record, a story's card): read
/// like any dictionary, but a template that sets one of their members is stopped with an error, because the change
/// would show on every other page that shares them, in whatever order the pages happen to render.
/// </summary>
public sealed class SharedMembers : Dictionary<string, object?>
{
    /// <summary>An empty set of members with room for <paramref name="capacity"/> entries.</summary>
    public SharedMembers(int capacity = 0)
        : base(capacity, StringComparer.Ordinal)
    {
    }
}
