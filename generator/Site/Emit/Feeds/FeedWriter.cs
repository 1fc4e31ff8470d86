using Civic.Site.Emit.OpenData;
using Civic.Site.Model;

namespace Civic.Site.Emit.Feeds;

/// <summary>The feeds emitter: JSON Feed and Atom for every channel of <see cref="FeedBuilder"/>.</summary>
public sealed class FeedWriter : ISiteEmitter
{
    /// <inheritdoc/>
    public string Name => "feeds";

    /// <inheritdoc/>
    public void Emit(EmitContext context)
    {
        foreach (var (path, text) in Build(context.Model, context.Index.Stories, context.Urls.BaseUrl))
        {
            context.Output.WriteText(path, text);
        }
    }

    /// <summary>Every feed file: (site path, text). <paramref name="stories"/> are the published ones, newest first.</summary>
    public static IReadOnlyList<(string Path, string Text)> Build(SiteModel model, IReadOnlyList<Story> stories, string baseUrl)
    {
        baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var config = model.Config;
        var publisher = new FeedPublisher(
            baseUrl,
            Citation.Publisher(config).Zh,
            "zh-CN",
            $"{config.Licence.Name} ({config.Licence.Id})" + (config.Licence.Url is { } url ? " " + url : ""));
        var files = new List<(string, string)>();
        foreach (var channel in FeedBuilder.Channels(model, stories, baseUrl))
        {
            files.AddRange(JsonFeedWriter.Write(channel, publisher));
            files.AddRange(AtomFeedWriter.Write(channel, publisher));
        }

        return files;
    }
}
