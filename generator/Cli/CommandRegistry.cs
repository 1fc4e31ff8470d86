using Civic.Cli.Commands;

namespace Civic.Cli;

/// <summary>The commands of <c>civic</c>, in the order <c>--help</c> lists them.</summary>
public static class CommandRegistry
{
    /// <summary>Every command. Add a command here, one line each.</summary>
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new BuildCommand(),
        new ServeCommand(),
        new CheckCommand(),
        new NewCommand(),
    ];
}
