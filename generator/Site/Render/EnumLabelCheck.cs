using Civic.Site.Diagnostics;
using Civic.Site.Model;

namespace Civic.Site.Render;

/// <summary>
/// Warns about an allowed value of a text field that record pages show (a station's kind, a programme's status)
/// which a site language's i18n file has no <c>enum.&lt;value&gt;</c> label for: the page would show the raw code.
/// </summary>
public static class EnumLabelCheck
{
    public static void Run(SiteModel model, ThemeFiles theme, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var shown = model.Datasets.Where(d => model.Config.RecordPages.Contains(d.Id));
        var values = shown
            .SelectMany(d => d.Fields
                .Where(f => f.Type == FieldType.String && !f.Constraints.Enum.IsDefaultOrEmpty)
                .SelectMany(f => f.Constraints.Enum.Select(v => (Key: "enum." + v, Where: d.Id + "." + f.Name))))
            .DistinctBy(v => v.Key)
            .ToList();
        foreach (var language in languages)
        {
            var file = SourceLocation.StartOf(theme.SitePath("i18n/" + language + ".yml"));
            foreach (var (key, where) in values.Where(v => !theme.HasOwnString(language, v.Key)))
            {
                diagnostics.Report(BuildDiagnosticCodes.MissingEnumLabel, file, key, where);
            }
        }
    }
}
