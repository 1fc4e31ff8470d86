using Civic.Site.Diagnostics;
using Civic.Site.Load;

namespace Civic.Cli.Commands;

/// <summary><c>civic new story &lt;slug&gt;</c> and <c>civic new &lt;dataset&gt; &lt;id&gt;</c>: write a file to fill in.</summary>
public sealed class NewCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "new";

    /// <inheritdoc/>
    public string Summary => "create a story or a record to fill in (it passes check once filled in)";

    /// <inheritdoc/>
    public string Arguments => "story|<dataset> <id>";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext ctx)
    {
        if (args.Positionals.Count != 2) throw new UsageException("expected two arguments: story|<dataset> and an id");
        var (kind, id) = (args.Positionals[0], args.Positionals[1]);
        if (!Slug.IsValid(id))
        {
            throw new UsageException($"'{id}' is not a valid id: use lowercase ASCII letters and digits joined by single hyphens, like 'hanyang-dililiang'");
        }

        var load = LoadContext.Create(args.Root(ctx));
        var datasets = Directory.Exists(load.Full("data"))
            ? Directory.GetDirectories(load.Full("data")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList()
            : [];

        string path, text;
        if (kind == "story")
        {
            var config = SiteConfigLoader.Load(load);
            path = $"{SiteLoader.StoriesFolder}/{id}.md";
            text = Scaffolds.Story(DateOnly.FromDateTime(DateTime.Now), datasets, config?.RecordPages ?? []);
        }
        else
        {
            if (!datasets.Contains(kind))
            {
                var suggestion = Suggestions.Closest(kind, datasets.Append("story"));
                throw new UsageException($"no dataset '{kind}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} (story, {string.Join(", ", datasets)})");
            }
            var definition = DatasetLoader.Load(load, kind).Definition;
            if (definition is null)
            {
                ctx.Error.Write($"civic new: data/{kind}/{DatasetLoader.DefinitionFile} has errors; run 'civic check' first\n");
                return ExitCodes.ContentErrors;
            }
            path = $"data/{kind}/{id}.yml";
            text = Scaffolds.Record(definition, id);
        }

        var full = load.Full(path);
        // The command line is right; the site already has the file, so this is exit 1, like other file problems.
        if (File.Exists(full))
        {
            ctx.Error.Write($"civic new: {path} already exists; edit it, or choose another id\n");
            return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        ctx.Out.Write($"created {path}\nfill it in, then run: civic check\n");
        return ExitCodes.Ok;
    }
}
