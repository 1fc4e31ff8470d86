using Civic.Site.Diagnostics;

namespace Civic.Site.Tests.Render;

/// <summary>A new allowed value that record pages would show as a raw code is a warning at each i18n file without its label.</summary>
public sealed class EnumLabelCheckTests
{
    [Fact]
    public void A_new_kind_without_labels_warns_once_per_language_file_and_the_build_still_succeeds()
    {
        using var site = BundledSite.Copy();
        var schema = "data/programmes/_dataset.yml";
        site.Write(schema, site.Read(schema).Replace("enum: [volunteer-team,", "enum: [volunteer-team, youth-club,", StringComparison.Ordinal));

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == BuildDiagnosticCodes.MissingEnumLabel.Code).ToList();
        Assert.Equal(
            [
                "themes/default/i18n/en.yml:1:1 no label for 'enum.youth-club' (programmes.kind) in this language",
                "themes/default/i18n/zh-Hans.yml:1:1 no label for 'enum.youth-club' (programmes.kind) in this language",
            ],
            warnings.Select(d => $"{d.Location} {d.Message}"));
    }

    [Fact]
    public void The_bundled_site_builds_without_this_warning()
    {
        using var site = BundledSite.Copy();

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.MissingEnumLabel.Code);
    }
}
