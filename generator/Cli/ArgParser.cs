namespace Civic.Cli;

/// <summary>
/// A small parser for <c>--flag</c>, <c>--name VALUE</c>, <c>--name=VALUE</c> and positional arguments;
/// <c>--</c> ends the options.
/// </summary>
public static class ArgParser
{
    /// <summary>Parses <paramref name="args"/> against <paramref name="options"/>; throws <see cref="UsageException"/>.</summary>
    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            var body = arg.TrimStart('-');
            var eq = body.IndexOf('=');
            var name = eq >= 0 ? body[..eq] : body;
            var spec = options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '{arg}'");
            if (!spec.TakesValue)
            {
                if (eq >= 0) throw new UsageException($"--{name} takes no value");
                flags.Add(name);
                continue;
            }
            string value;
            if (eq >= 0) value = body[(eq + 1)..];
            else if (i + 1 < args.Count) value = args[++i];
            else throw new UsageException($"--{name} needs a value ({spec.ValueName})");
            if (spec.Allowed is { } allowed && !allowed.Contains(value))
            {
                throw new UsageException($"--{name} must be one of: {string.Join(", ", allowed)} (got '{value}')");
            }
            values[name] = value;
        }
        return new ParsedArgs(values, flags, positionals);
    }
}
