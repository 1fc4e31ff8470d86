using System.Collections.Immutable;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// What the catalogue, the landing page and the downloads say about one dataset, all taken from the data itself so
/// that two builds of the same input agree: the source articles its records cite, the dates it covers, and the date
/// it was last modified (never the build time).
/// </summary>
public sealed class DatasetFacts
{
    /// <summary>Id of the dataset that lists the source articles.</summary>
    public const string SourcesDataset = "sources";

    private DatasetFacts(Dataset dataset, ImmutableArray<DataRecord> sources, PartialDate? earliest, PartialDate? latest)
    {
        Dataset = dataset;
        Sources = sources;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>The source articles the records cite (for <c>sources</c> itself: all of its records), by id.</summary>
    public ImmutableArray<DataRecord> Sources { get; }

    /// <summary>The earliest date in the records and the articles they cite, or null when there is none.</summary>
    public PartialDate? Earliest { get; }

    /// <summary>
    /// The latest date in the records and the articles they cite. A list without dates of its own (districts,
    /// topics) takes the latest date of any article on the site, since it was compiled from them.
    /// </summary>
    public PartialDate? Latest { get; }

    /// <summary>The last-modified date: <see cref="Latest"/>.</summary>
    public PartialDate? Modified => Latest;

    /// <summary>The dataset's version, or null when <c>_dataset.yml</c> gives none.</summary>
    public string? Version => Dataset.Version;

    /// <summary>ISO 8601 interval of <see cref="Earliest"/>/<see cref="Latest"/>, or null.</summary>
    public string? TemporalCoverage =>
        Earliest is { } a && Latest is { } b ? (a == b ? a.ToString() : $"{a}/{b}") : null;

    /// <summary>Ids of the datasets this one points into through reference fields, in field order, without repeats.</summary>
    public ImmutableArray<string> ReferencedDatasets =>
        [.. Dataset.Fields.Where(f => f.Reference is not null).Select(f => f.Reference!).Distinct(StringComparer.Ordinal)];

    /// <summary>Works out the facts of <paramref name="dataset"/>.</summary>
    public static DatasetFacts Of(SiteModel model, Dataset dataset)
    {
        var sources = CitedSources(model, dataset);
        var dates = dataset.Records.SelectMany(DatesOf).Concat(sources.SelectMany(DatesOf)).ToList();
        if (dates.Count == 0)
        {
            dates = model.Dataset(SourcesDataset)?.Records.SelectMany(DatesOf).ToList() ?? [];
        }

        return new DatasetFacts(
            dataset,
            sources,
            dates.Count == 0 ? null : dates.Min(),
            dates.Count == 0 ? null : dates.Max());
    }

    /// <summary>The source articles cited by the records of <paramref name="dataset"/>, sorted by id.</summary>
    public static ImmutableArray<DataRecord> CitedSources(SiteModel model, Dataset dataset)
    {
        if (dataset.Id == SourcesDataset)
        {
            return dataset.Records;
        }

        var list = model.Dataset(SourcesDataset);
        if (list is null)
        {
            return [];
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in dataset.Fields.Where(f => f.Reference == SourcesDataset))
        {
            foreach (var record in dataset.Records)
            {
                ids.UnionWith(record.GetIds(field.Name));
            }
        }

        return [.. ids.Select(list.Find).OfType<DataRecord>()];
    }

    /// <summary>Every date value of a record.</summary>
    public static IEnumerable<PartialDate> DatesOf(DataRecord record) => record.Values.Values.OfType<PartialDate>();
}
