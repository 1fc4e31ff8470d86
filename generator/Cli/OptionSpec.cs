namespace Civic.Cli;

/// <summary>One <c>--option</c> of a command.</summary>
/// <param name="Name">The name without dashes.</param>
/// <param name="Help">One line for the usage text.</param>
/// <param name="ValueName">Placeholder of the value (<c>DIR</c>); null for a flag.</param>
/// <param name="Allowed">Allowed values, or null for any.</param>
public sealed record OptionSpec(string Name, string Help, string? ValueName = null, IReadOnlyList<string>? Allowed = null)
{
    /// <summary>True when the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary><c>--root DIR</c>: the site root; every command has it.</summary>
    public static OptionSpec Root { get; } = new("root", "site root (the folder with site.yml); default: current directory", "DIR");
}
