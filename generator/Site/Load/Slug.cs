using System.Text.RegularExpressions;

namespace Civic.Site.Load;

/// <summary>Ids: lowercase ASCII letters and digits joined by single hyphens (<c>hanyang-dililiang</c>).</summary>
public static partial class Slug
{
    /// <summary>True when <paramref name="id"/> is a valid id.</summary>
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
