namespace Civic.Site.Emit.OpenData;

/// <summary>
/// Every open-data file of a build, held in memory, plus the landing-page facts of each dataset. It is made before
/// pages are rendered (landing pages show file sizes) and written into the output folder afterwards.
/// </summary>
public sealed class OpenDataOutput
{
    private readonly Dictionary<string, DatasetLanding> _landings;

    internal OpenDataOutput(IReadOnlyList<PublishedFile> files, IEnumerable<DatasetLanding> landings)
    {
        Files = files;
        _landings = landings.ToDictionary(l => l.DatasetId, StringComparer.Ordinal);
    }

    /// <summary>The files, in a stable order.</summary>
    public IReadOnlyList<PublishedFile> Files { get; }

    /// <summary>The landing-page facts of a dataset, or null for an unknown id.</summary>
    public DatasetLanding? Landing(string datasetId) => _landings.GetValueOrDefault(datasetId);

    /// <summary>The file at a site path, or null.</summary>
    public PublishedFile? File(string sitePath) => Files.FirstOrDefault(f => f.Path == sitePath);

    /// <summary>Writes every file under <paramref name="outputRoot"/>; returns their site paths.</summary>
    public IReadOnlyList<string> WriteTo(string outputRoot)
    {
        var context = new PublishContext(outputRoot, "https://unused.invalid/");
        return [.. Files.Select(f => context.WriteBytes(f.Path, f.Content))];
    }
}
