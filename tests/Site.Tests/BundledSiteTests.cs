using Civic.Site.Diagnostics;
using Civic.Site.Model;
using Civic.TestKit;

namespace Civic.Site.Tests;

/// <summary>The repository's own site (site.yml, data/, content/ at the root) stays clean and complete.</summary>
public sealed class BundledSiteTests
{
    private static readonly Lazy<SiteLoadResult> Result = new(() => SiteModelBuilder.Load(RepoPaths.Root));

    [Fact]
    public void Bundled_site_has_no_diagnostics()
    {
        var r = Result.Value;
        Assert.True(r.Diagnostics.IsEmpty, DiagnosticFormatter.Format(r.Diagnostics, DiagnosticFormat.Text, r.Sources));
        Assert.NotNull(r.Model);
    }

    [Fact]
    public void Bundled_site_has_every_dataset_and_the_minimum_counts()
    {
        var m = Result.Value.Model!;
        Assert.Equal(
            new[] { "communities", "districts", "indicators", "programmes", "sources", "stations", "topics" },
            m.Datasets.Select(d => d.Id).ToArray());
        Assert.True(m.Stories.Length >= 25, $"{m.Stories.Length} stories");
        Assert.True(m.Dataset("indicators")!.Records.Length >= 30, $"{m.Dataset("indicators")!.Records.Length} indicators");
        Assert.All(m.Datasets, d => Assert.NotEmpty(d.Records));
        Assert.All(["about", "licence", "contributing"], p => Assert.NotNull(m.Page(p)));
    }

    [Fact]
    public void Every_story_names_sources_that_exist()
    {
        var m = Result.Value.Model!;
        Assert.All(m.Stories, s =>
        {
            Assert.False(s.Sources.IsEmpty, s.SourcePath);
            Assert.All(s.Sources, id => Assert.NotNull(m.FindRecord("sources", id)));
        });
    }

    [Fact]
    public void Every_indicator_has_a_source_and_an_as_of_date()
    {
        var m = Result.Value.Model!;
        Assert.All(m.Dataset("indicators")!.Records, r =>
        {
            Assert.True(r.GetIds("source").Length == 1 && m.FindRecord("sources", r.GetIds("source")[0]) is not null, r.SourcePath);
            Assert.IsType<PartialDate>(r.Get("as_of"));
        });
    }
}
