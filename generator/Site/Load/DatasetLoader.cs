using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>
/// Loads one dataset folder: <c>data/&lt;dataset&gt;/_dataset.yml</c> (via <see cref="DatasetSchemaReader"/>) and every
/// <c>&lt;id&gt;.yml</c> record file beside it, in file-name order.
/// </summary>
public static class DatasetLoader
{
    /// <summary>The name of the definition file in each dataset folder.</summary>
    public const string DefinitionFile = "_dataset.yml";

    /// <summary>Every folder under data/, loaded, in name order.</summary>
    public static ImmutableArray<LoadedDataset> LoadAll(LoadContext ctx)
    {
        var data = ctx.Full("data");
        if (!Directory.Exists(data)) return [];
        return [.. Directory.GetDirectories(data)
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .Select(id => Load(ctx, id))];
    }

    /// <summary>The folder <c>data/<paramref name="id"/></c>.</summary>
    public static LoadedDataset Load(LoadContext ctx, string id)
    {
        var bag = ctx.Diagnostics;
        var folder = $"data/{id}";
        var definitionPath = $"{folder}/{DefinitionFile}";
        if (!Slug.IsValid(id)) bag.Report(DiagnosticCodes.InvalidSlug, SourceLocation.StartOf(definitionPath), id);

        DatasetDefinition? definition = null;
        if (!File.Exists(ctx.Full(definitionPath)))
        {
            bag.Report(DiagnosticCodes.MissingDatasetFile, SourceLocation.StartOf(definitionPath), id);
        }
        else if (ReadMapping(ctx, definitionPath, "_dataset.yml") is { } map)
        {
            definition = DatasetSchemaReader.Read(id, definitionPath, map, bag);
        }

        var records = ImmutableArray.CreateBuilder<RecordFile>();
        foreach (var file in Directory.GetFiles(ctx.Full(folder), "*.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name == DefinitionFile) continue;
            var path = $"{folder}/{name}";
            if (ReadMapping(ctx, path, "a record") is { } recordMap)
            {
                records.Add(new RecordFile(id, Path.GetFileNameWithoutExtension(name), path, recordMap));
            }
        }
        return new LoadedDataset(id, definition, records.ToImmutable());
    }

    /// <summary>Reads a YAML file that must hold a mapping; null after reporting why it cannot be used.</summary>
    public static YMapping? ReadMapping(LoadContext ctx, string path, string what)
    {
        var text = SourceFileReader.Read(ctx, path);
        if (text is null) return null;
        var node = YamlReader.Read(text, ctx.Options, ctx.Diagnostics);
        return YamlValues.AsMapping(node, what, ctx.Diagnostics);
    }
}
