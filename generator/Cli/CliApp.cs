using System.Text;
using Civic.Site.Diagnostics;

namespace Civic.Cli;

/// <summary>
/// Finds the command, parses its arguments and runs it. Command-line mistakes print a message and the usage
/// (exit 2); unreadable files print a message (exit 1); neither prints a stack trace.
/// </summary>
public static class CliApp
{
    private static readonly OptionSpec Help = new("help", "show this help");

    /// <summary>Runs <c>civic</c> with <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext ctx)
    {
        if (args.Count == 0)
        {
            ctx.Error.Write(Usage());
            return ExitCodes.Usage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            ctx.Out.Write(Usage());
            return ExitCodes.Ok;
        }
        var command = CommandRegistry.All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            var suggestion = Suggestions.Closest(args[0], CommandRegistry.All.Select(c => c.Name));
            ctx.Error.Write($"civic: unknown command '{args[0]}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}\n");
            ctx.Error.Write(Usage());
            return ExitCodes.Usage;
        }

        IReadOnlyList<OptionSpec> options = [.. command.Options, OptionSpec.Root, Help];
        try
        {
            var parsed = ArgParser.Parse(args.Skip(1).ToList(), options);
            if (parsed.Flag("help"))
            {
                ctx.Out.Write(CommandUsage(command, options));
                return ExitCodes.Ok;
            }
            return command.Run(parsed, ctx);
        }
        catch (UsageException ex)
        {
            ctx.Error.Write($"civic {command.Name}: {ex.Message}\n");
            ctx.Error.Write(CommandUsage(command, options));
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ctx.Error.Write($"civic {command.Name}: {ex.Message}\n");
            return ExitCodes.ContentErrors;
        }
    }

    /// <summary>The list of commands.</summary>
    public static string Usage()
    {
        var sb = new StringBuilder("usage: civic <command> [options]\n\ncommands:\n");
        var width = CommandRegistry.All.Max(c => c.Name.Length);
        foreach (var c in CommandRegistry.All) sb.Append("  ").Append(c.Name.PadRight(width + 2)).Append(c.Summary).Append('\n');
        sb.Append("\nrun 'civic <command> --help' for its options\n");
        return sb.ToString();
    }

    /// <summary>The usage of one command.</summary>
    public static string CommandUsage(ICommand command, IReadOnlyList<OptionSpec> options)
    {
        var sb = new StringBuilder($"usage: civic {command.Name}");
        if (command.Arguments.Length > 0) sb.Append(' ').Append(command.Arguments);
        sb.Append(" [options]\n").Append(command.Summary).Append("\n\noptions:\n");
        var labels = options.Select(o => o.TakesValue ? $"--{o.Name} {o.ValueName}" : $"--{o.Name}").ToList();
        var width = labels.Max(l => l.Length);
        for (var i = 0; i < options.Count; i++)
        {
            sb.Append("  ").Append(labels[i].PadRight(width + 2)).Append(options[i].Help).Append('\n');
        }
        return sb.ToString();
    }
}
