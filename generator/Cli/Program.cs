using Civic.Cli.Commands;

var commands = new Dictionary<string, Func<string[], TextWriter, TextWriter, int>>(StringComparer.Ordinal)
{
    ["build"] = BuildCommand.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: civic <" + string.Join('|', commands.Keys) + "> [options]");
    return 2;
}

return command(args[1..], Console.Out, Console.Error);
