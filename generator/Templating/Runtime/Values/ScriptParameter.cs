namespace Civic.Templating.Runtime.Values;

/// <summary>
/// One declared parameter of a function. The interpreter binds positional arguments in declaration order, named
/// arguments (<c>name: value</c>) by <see cref="Name"/>, fills defaults, and collects the rest of the positional
/// arguments into a <see cref="ScriptArray"/> for a <see cref="IsParams"/> parameter (which must come last).
/// A piped value (<c>x | f a</c>) is the first positional argument.
/// </summary>
/// <param name="Name">The name used by named arguments, in snake_case.</param>
/// <param name="HasDefault">True if the parameter may be omitted.</param>
/// <param name="DefaultValue">The value used when omitted.</param>
/// <param name="IsParams">True if it takes every remaining positional argument as an array.</param>
public sealed record ScriptParameter(string Name, bool HasDefault = false, object? DefaultValue = null, bool IsParams = false)
{
    /// <summary>A parameter that must be given.</summary>
    public static ScriptParameter Required(string name) => new(name);

    /// <summary>A parameter that may be omitted, then taking <paramref name="defaultValue"/>.</summary>
    public static ScriptParameter Optional(string name, object? defaultValue = null) => new(name, true, defaultValue);

    /// <summary>A trailing parameter receiving every remaining positional argument as a <see cref="ScriptArray"/>.</summary>
    public static ScriptParameter Params(string name) => new(name, true, null, true);
}
