using Civic.Site.Diagnostics;
using Civic.Site.Load;

namespace Civic.Site.Validate;

/// <summary>Runs every validator over a loaded site, in order. Validators only report.</summary>
public static class SiteValidator
{
    /// <summary>Checks <paramref name="site"/>, adding problems to <paramref name="bag"/>.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        DatasetValidator.Validate(site, bag);
        RecordValidator.Validate(site, bag);
        StoryValidator.Validate(site, bag);
        ReferenceValidator.Validate(site, bag);
    }
}
