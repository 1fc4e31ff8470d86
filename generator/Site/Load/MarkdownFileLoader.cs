using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>Loads every <c>*.md</c> file of a content folder, in parallel: front matter parsed, body kept raw.</summary>
public static class MarkdownFileLoader
{
    private static readonly ContentFiles.Parser Parser = Load;

    /// <summary>Files of <paramref name="folder"/> (relative to the root), in file-name order; unreadable ones are reported and left out.</summary>
    public static ImmutableArray<MarkdownFile> LoadFolder(LoadContext ctx, string folder) =>
        Assemble(ctx, ContentFiles.ReadAll(ctx, Plan(ctx, folder)));

    /// <summary>The files to read for <paramref name="folder"/>, in file-name order.</summary>
    internal static ContentFiles.Job[] Plan(LoadContext ctx, string folder)
    {
        var kind = folder == SiteLoader.PagesFolder ? ContentFolder.Page : ContentFolder.Markdown;
        var names = ContentFolder.List(ctx, folder, kind);
        var jobs = new ContentFiles.Job[names.Count];
        for (var i = 0; i < names.Count; i++) jobs[i] = new($"{folder}/{names[i]}", "markdown", Parser);
        return jobs;
    }

    /// <summary>The files read for the jobs of <see cref="Plan"/>, in their order; unreadable ones are left out.</summary>
    internal static ImmutableArray<MarkdownFile> Assemble(LoadContext ctx, ReadOnlySpan<ParsedFile> parsed)
    {
        var files = ImmutableArray.CreateBuilder<MarkdownFile>(parsed.Length);
        foreach (var file in parsed)
        {
            if (ContentFiles.Take<MarkdownFile>(ctx, file) is { } md) files.Add(md);
        }
        return files.ToImmutable();
    }

    /// <summary>One file, or null after reporting why it cannot be used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MarkdownFile? Load(LoadContext ctx, string path)
    {
        var bag = ctx.Diagnostics;
        var text = SourceFileReader.Read(ctx, path);
        if (text is null) return null;
        var parts = FrontMatterSplitter.Split(text, bag);
        if (parts is null) return null;
        var node = YamlReader.Read(text, parts.YamlStart, parts.YamlEnd, parts.YamlLine - 1, ctx.Options, bag, ctx.Strings);
        if (node is YScalar { IsNull: true })
        {
            node = new YMapping(new SourceLocation(path, parts.YamlLine, 1), []);
        }
        var map = YamlValues.AsMapping(node, "front matter", bag);
        if (map is null) return null;

        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var (slug, language) = dot > 0 ? (name[..dot], name[(dot + 1)..]) : (name, (string?)null);
        return new MarkdownFile(slug, language, path, map, parts.Body, parts.BodyLine);
    }
}
