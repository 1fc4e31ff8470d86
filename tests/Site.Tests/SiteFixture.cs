using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Validate;
using Civic.TestKit;

namespace Civic.Site.Tests;

/// <summary>Loads (and optionally validates) sites made from the minimal fixture plus inline changes.</summary>
internal static class SiteFixture
{
    public static string MinimalPath => RepoPaths.Combine("tests", "Site.Tests", "Sites", "minimal");

    public static TempSite Minimal() => TempSite.CopyOf(MinimalPath);

    public static (LoadedSite Site, List<Diagnostic> Diagnostics, LoadContext Context) Load(TempSite site, LoadOptions? options = null)
    {
        var ctx = LoadContext.Create(site.Root, options);
        var loaded = SiteLoader.Load(ctx);
        return (loaded, [.. ctx.Diagnostics.ToSortedArray()], ctx);
    }

    public static List<Diagnostic> Check(TempSite site)
    {
        var ctx = LoadContext.Create(site.Root);
        var loaded = SiteLoader.Load(ctx);
        SiteValidator.Validate(loaded, ctx.Diagnostics);
        return [.. ctx.Diagnostics.ToSortedArray()];
    }

    public static string Codes(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" ", diagnostics.Select(d => $"{d.Code}@{d.Location}"));
}
