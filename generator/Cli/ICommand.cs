namespace Civic.Cli;

/// <summary>
/// One <c>civic</c> command. A command is one file in Commands/ plus one line in <see cref="CommandRegistry.All"/>.
/// </summary>
public interface ICommand
{
    /// <summary>The word after <c>civic</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>civic --help</c>.</summary>
    string Summary { get; }

    /// <summary>Positional arguments as shown in the usage line, e.g. <c>story|&lt;dataset&gt; &lt;id&gt;</c>; may be empty.</summary>
    string Arguments { get; }

    /// <summary>The options the command accepts (<see cref="OptionSpec.Root"/> is added for every command).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command and returns its exit code; throws <see cref="UsageException"/> for command-line mistakes.</summary>
    int Run(ParsedArgs args, CliContext ctx);
}
