using Civic.Site;
using Civic.Site.Load;

namespace Civic.Cli.Commands;

/// <summary>The options <c>build</c> and <c>serve</c> share, and how they become <see cref="BuildOptions"/>.</summary>
public static class BuildArguments
{
    /// <summary><c>--out DIR</c>.</summary>
    public static OptionSpec Out { get; } = new("out", "output folder (default: site.yml's output, usually _site)", "DIR");

    /// <summary><c>--base-url URL</c>.</summary>
    public static OptionSpec BaseUrl { get; } = new("base-url", "absolute http(s) URL the site is published at", "URL");

    /// <summary><c>--drafts</c>.</summary>
    public static OptionSpec Drafts { get; } = new("drafts", "build draft stories too");

    /// <summary>Checks the shared options; throws <see cref="UsageException"/> for command-line mistakes.</summary>
    public static BuildOptions Parse(ParsedArgs args, CliContext ctx)
    {
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        var root = args.Root(ctx);
        if (!File.Exists(Path.Combine(root, "site.yml")))
        {
            throw new UsageException($"no site.yml in {root}; run from the folder that holds site.yml, or pass --root DIR");
        }

        var baseUrl = args.Value("base-url");
        if (baseUrl is not null && !SiteConfigLoader.IsAbsoluteHttpUrl(baseUrl))
        {
            throw new UsageException($"--base-url must be an absolute http(s) URL, got '{baseUrl}'");
        }

        var output = args.Value("out") is { } o ? Path.GetFullPath(o, ctx.WorkingDirectory) : null;
        return new BuildOptions(root, output, baseUrl, args.Flag("drafts"));
    }
}
