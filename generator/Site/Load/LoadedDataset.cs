using System.Collections.Immutable;

namespace Civic.Site.Load;

/// <summary>A dataset folder as loaded: its definition (null when unreadable) and its readable record files.</summary>
/// <param name="Id">Folder name under data/.</param>
/// <param name="Definition">The read <c>_dataset.yml</c>, or null.</param>
/// <param name="Records">Record files that parsed as mappings, by file name.</param>
public sealed record LoadedDataset(string Id, DatasetDefinition? Definition, ImmutableArray<RecordFile> Records);
