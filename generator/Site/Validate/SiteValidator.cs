using System.Runtime.ExceptionServices;
using Civic.Site.Diagnostics;
using Civic.Site.Load;

namespace Civic.Site.Validate;

/// <summary>Runs every validator over a loaded site. Validators only report.</summary>
public static class SiteValidator
{
    /// <summary>Checks <paramref name="site"/>, adding problems to <paramref name="bag"/>.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        // A few folder lookups: not worth a thread of its own.
        SiteConfigValidator.Validate(site, bag);

        // The other validators only read the site, so they run side by side, each into its own bag; the bags are
        // added in the order the validators are listed, as if they had run one after another.
        var datasets = new DiagnosticBag();
        var stories = new DiagnosticBag();
        var references = new DiagnosticBag();
        var everyStoryRead = !bag.ToArray().Any(d => d.IsError && d.Code.StartsWith("CIV1", StringComparison.Ordinal)
            && d.Location.Path.StartsWith(SiteLoader.StoriesFolder + "/", StringComparison.Ordinal));
        try
        {
            Parallel.Invoke(
                () =>
                {
                    DatasetValidator.Validate(site, datasets);
                    RecordValidator.Validate(site, datasets);
                },
                () => StoryValidator.Validate(site, stories),
                () => ReferenceValidator.Validate(site, references, everyStoryRead));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Fail as running them one by one would have: with the error itself.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        bag.AddRange(datasets.ToArray());
        bag.AddRange(stories.ToArray());
        bag.AddRange(references.ToArray());
    }
}
