using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Serve;

/// <summary>
/// What <c>serve</c> keeps of the last build of which every page was rendered or reused: its model, the key of its
/// other inputs, its theme, its site index and its stories' URLs.
/// </summary>
internal sealed record PublishedBuild(SiteModel Model, string Key, ThemeFiles Theme, SiteIndex Index, IReadOnlyDictionary<string, string> StoryUrls);
