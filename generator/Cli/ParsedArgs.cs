namespace Civic.Cli;

/// <summary>A command line after parsing: option values, flags and positional arguments.</summary>
public sealed class ParsedArgs(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags, IReadOnlyList<string> positionals)
{
    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals { get; } = positionals;

    /// <summary>The value of <c>--name VALUE</c>, or null.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var v) ? v : null;

    /// <summary>True when the flag <c>--name</c> was given.</summary>
    public bool Flag(string name) => flags.Contains(name);

    /// <summary>The site root: <c>--root</c> resolved against the working directory, or the working directory.</summary>
    public string Root(CliContext ctx)
    {
        var root = Path.GetFullPath(Value("root") ?? ".", ctx.WorkingDirectory);
        if (!Directory.Exists(root)) throw new UsageException($"--root '{Value("root")}' is not a directory");
        return root;
    }
}
