using System.Globalization;

namespace Civic.Templating.Builtins;

/// <summary>Culture arguments of builtins (<c>date.to_string '%B' 'fr-FR'</c>): invariant when omitted.</summary>
internal static class BuiltinCulture
{
    /// <summary>
    /// Resolves a culture name. Only cultures the system knows are accepted, so that a misspelt name is an error at
    /// the call rather than silently formatting with made-up, invariant-like data.
    /// </summary>
    public static CultureInfo Get(string? name)
        => name is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
}
