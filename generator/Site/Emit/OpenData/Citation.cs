using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>How to cite a dataset: a GB/T 7714-2015 line (type code [DS/OL]) and an English line.</summary>
public static class Citation
{
    /// <summary>
    /// <c>责任者. 题名: 其他题名信息[DS/OL]. 版本. (修改日期)[引用日期]. 网址.</c> The reader fills in 引用日期, the
    /// day they accessed the data; the site cannot know it.
    /// </summary>
    public static string Zh(SiteConfig config, DatasetFacts facts, string landingUrl)
    {
        var version = facts.Version is { } v ? $" v{v}" : "";
        var modified = facts.Modified is { } m ? $"({m})" : "";
        return $"{Publisher(config).Zh}. {facts.Dataset.Title.Zh}: {config.Title.Zh}{version}[DS/OL]. {modified}[引用日期]. {landingUrl}.";
    }

    /// <summary><c>Publisher. (Year). Title (Version x) [Data set]. Site. URL</c>.</summary>
    public static string En(SiteConfig config, DatasetFacts facts, string landingUrl)
    {
        var year = facts.Modified is { } m ? $" ({m.Year})." : "";
        var version = facts.Version is { } v ? $" (Version {v})" : "";
        var title = facts.Dataset.Title.En ?? facts.Dataset.Title.Zh;
        return $"{Publisher(config).En ?? Publisher(config).Zh}.{year} {title}{version} [Data set]. {config.Title.En ?? config.Title.Zh}. {landingUrl}";
    }

    /// <summary>The publisher, or the site title when site.yml names none.</summary>
    public static LocalizedText Publisher(SiteConfig config) => config.Publisher ?? config.Title;
}
