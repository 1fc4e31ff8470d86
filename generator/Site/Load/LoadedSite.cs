using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>Everything read from a site root, before validation.</summary>
/// <param name="Root">Absolute path of the site root.</param>
/// <param name="Config">The site settings, or null when site.yml is unusable.</param>
/// <param name="ConfigYaml">The mapping of site.yml, or null when it could not be read.</param>
/// <param name="Datasets">Every data/ folder.</param>
/// <param name="Stories">content/stories/*.md, translations included.</param>
/// <param name="Pages">content/pages/*.md, translations included.</param>
/// <param name="Sources">Texts of every file read.</param>
public sealed record LoadedSite(
    string Root,
    SiteConfig? Config,
    YMapping? ConfigYaml,
    ImmutableArray<LoadedDataset> Datasets,
    ImmutableArray<MarkdownFile> Stories,
    ImmutableArray<MarkdownFile> Pages,
    SourceTextSet Sources)
{
    /// <summary>The cache the site was loaded through, which also keeps what later stages work out per file.</summary>
    internal LoadCache? Cache { get; init; }

    /// <summary>The search synonyms of synonyms.yml; empty without the file.</summary>
    public ImmutableArray<SynonymGroup> Synonyms { get; init; } = [];

    /// <summary>The loaded dataset with this id, or null.</summary>
    public LoadedDataset? Dataset(string id) => Datasets.FirstOrDefault(d => d.Id == id);
}
