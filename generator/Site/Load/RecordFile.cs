using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>One record file <c>data/&lt;dataset&gt;/&lt;id&gt;.yml</c>, parsed but not yet checked.</summary>
/// <param name="Dataset">Dataset id (the folder name).</param>
/// <param name="FileId">The file name without <c>.yml</c>, which must equal the record's id.</param>
/// <param name="Path">Path relative to the root.</param>
/// <param name="Yaml">The record's mapping.</param>
public sealed record RecordFile(string Dataset, string FileId, string Path, YMapping Yaml);
