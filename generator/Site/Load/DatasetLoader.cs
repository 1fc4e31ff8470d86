using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>
/// Loads one dataset folder: <c>data/&lt;dataset&gt;/_dataset.yml</c> (via <see cref="DatasetSchemaReader"/>) and every
/// <c>&lt;id&gt;.yml</c> record file beside it, in file-name order. Files are read in parallel.
/// </summary>
public static class DatasetLoader
{
    /// <summary>The name of the definition file in each dataset folder.</summary>
    public const string DefinitionFile = "_dataset.yml";

    private static readonly ContentFiles.Parser DefinitionParser = ParseDefinition;
    private static readonly ContentFiles.Parser RecordParser = ParseRecord;

    /// <summary>Every folder under data/, loaded, in name order.</summary>
    public static ImmutableArray<LoadedDataset> LoadAll(LoadContext ctx)
    {
        var plan = PlanAll(ctx);
        return plan.Assemble(ctx, ContentFiles.ReadAll(ctx, plan.Jobs));
    }

    /// <summary>The folder <c>data/<paramref name="id"/></c>.</summary>
    public static LoadedDataset Load(LoadContext ctx, string id)
    {
        var plan = Plan(ctx, [id]);
        return plan.Assemble(ctx, ContentFiles.ReadAll(ctx, plan.Jobs))[0];
    }

    /// <summary>The files of every folder under data/, to be read with the rest of the site.</summary>
    internal static Planned PlanAll(LoadContext ctx)
    {
        var ids = new List<string>();
        var stray = new List<string>();
        foreach (var (name, isDirectory) in ContentFolder.Entries(ctx.Full("data")))
        {
            if (ContentFolder.IsHidden(name)) continue;
            if (isDirectory) ids.Add(name);
            else if (ContentFolder.IsContentName(name)) stray.Add(name);
        }
        stray.Sort(StringComparer.Ordinal);
        foreach (var name in stray)
        {
            ctx.Diagnostics.Report(DiagnosticCodes.FileNotRead, SourceLocation.StartOf($"data/{name}"),
                DiagnosticTexts.NotInDataset, DiagnosticTexts.MoveIntoDataset(Path.GetFileNameWithoutExtension(name) + ".yml"));
        }
        ids.Sort(StringComparer.Ordinal);
        return Plan(ctx, ids);
    }

    private static Planned Plan(LoadContext ctx, List<string> ids)
    {
        var folders = ids.Select(id => Plan(ctx, id)).ToList();
        var jobs = new List<ContentFiles.Job>();
        foreach (var folder in folders)
        {
            if (folder.HasDefinition) jobs.Add(new(folder.DefinitionPath, "dataset", DefinitionParser));
            jobs.AddRange(folder.RecordPaths.Select(p => new ContentFiles.Job(p, "record", RecordParser)));
        }
        return new Planned(folders, jobs);
    }

    /// <summary>The dataset folders of a site and the files to read for them, in the order they are put together.</summary>
    internal sealed record Planned(List<Folder> Folders, List<ContentFiles.Job> Jobs)
    {
        /// <summary>Puts the datasets together from their files, read in the order of <see cref="Jobs"/>.</summary>
        public ImmutableArray<LoadedDataset> Assemble(LoadContext ctx, ReadOnlySpan<ParsedFile> files)
        {
            var result = ImmutableArray.CreateBuilder<LoadedDataset>(Folders.Count);
            var next = 0;
            foreach (var folder in Folders)
            {
                var bag = ctx.Diagnostics;
                // The folder is named, not its _dataset.yml: that file may not exist, and its name is not the problem.
                if (!Slug.IsValid(folder.Id)) bag.Report(DiagnosticCodes.InvalidSlug, SourceLocation.StartOf($"data/{folder.Id}/"), folder.Id);
                DatasetDefinition? definition = null;
                if (!folder.HasDefinition)
                {
                    bag.Report(DiagnosticCodes.MissingDatasetFile, SourceLocation.StartOf(folder.DefinitionPath), folder.Id);
                }
                else
                {
                    definition = ContentFiles.Take<DatasetDefinition>(ctx, files[next++]);
                }

                var records = ImmutableArray.CreateBuilder<RecordFile>(folder.RecordPaths.Count);
                var fileIds = ImmutableArray.CreateBuilder<string>(folder.RecordPaths.Count);
                foreach (var path in folder.RecordPaths)
                {
                    fileIds.Add(FileId(path));
                    if (ContentFiles.Take<RecordFile>(ctx, files[next++]) is { } record) records.Add(record);
                }
                result.Add(new LoadedDataset(folder.Id, definition, records.ToImmutable(), fileIds.ToImmutable()));
            }
            return result.MoveToImmutable();
        }
    }

    private static Folder Plan(LoadContext ctx, string id)
    {
        var folder = $"data/{id}";
        var definitionPath = $"{folder}/{DefinitionFile}";
        var records = ContentFolder.List(ctx, folder, ContentFolder.Record, DefinitionFile).ConvertAll(name => $"{folder}/{name}");
        return new Folder(id, definitionPath, File.Exists(ctx.Full(definitionPath)), records);
    }

    private static object? ParseDefinition(LoadContext ctx, string path)
    {
        var id = path.Split('/')[1];
        return ReadMapping(ctx, path, "_dataset.yml") is { } map ? DatasetSchemaReader.Read(id, path, map, ctx.Diagnostics) : null;
    }

    private static object? ParseRecord(LoadContext ctx, string path) =>
        ReadMapping(ctx, path, "a record") is { } map ? new RecordFile(path.Split('/')[1], FileId(path), path, map) : null;

    private static string FileId(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Reads a YAML file that must hold a mapping; null after reporting why it cannot be used.</summary>
    public static YMapping? ReadMapping(LoadContext ctx, string path, string what)
    {
        var text = SourceFileReader.Read(ctx, path);
        if (text is null) return null;
        var node = YamlReader.Read(text, ctx.Options, ctx.Diagnostics, ctx.Strings);
        return YamlValues.AsMapping(node, what, ctx.Diagnostics);
    }

    internal sealed record Folder(string Id, string DefinitionPath, bool HasDefinition, List<string> RecordPaths);
}
