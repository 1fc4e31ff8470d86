using Civic.Site.Diagnostics;
using Civic.Site.Model;
using Civic.Site.Render;
using Civic.TestKit;

namespace Civic.Site.Tests.Render;

public sealed class ThemeFilesTests
{
    [Fact]
    public void The_bundled_theme_labels_every_allowed_value_of_every_bundled_enum_field_in_each_language()
    {
        var model = SiteModelBuilder.Load(RepoPaths.Root).Model!;
        var enums = model.Datasets.SelectMany(d => d.Fields.Where(f => !f.Constraints.Enum.IsDefaultOrEmpty)
            .SelectMany(f => f.Constraints.Enum.Select(v => (Where: $"data/{d.Id}/_dataset.yml {f.Name}", Value: v)))).ToList();
        Assert.True(enums.Count > 20, $"{enums.Count} enum values");

        var missing = new List<string>();
        foreach (var language in model.Config.Languages)
        {
            // One language at a time: loaded together, a missing English label would fall back to the Chinese one.
            var diagnostics = new DiagnosticBag();
            var strings = ThemeFiles.Load(RepoPaths.Root, model.Config.Theme, [language], diagnostics).Strings(language);
            Assert.Equal(0, diagnostics.Count);
            missing.AddRange(enums.Where(e => !strings.ContainsKey("enum." + e.Value))
                .Select(e => $"themes/{model.Config.Theme}/i18n/{language}.yml has no enum.{e.Value} ({e.Where})"));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
