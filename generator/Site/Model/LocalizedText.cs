namespace Civic.Site.Model;

/// <summary>A text in Simplified Chinese with an optional English version.</summary>
/// <param name="Zh">The Chinese text; always present.</param>
/// <param name="En">The English text, or null when there is none.</param>
public sealed record LocalizedText(string Zh, string? En)
{
    /// <summary>The text for a language code (<c>zh-Hans</c>, <c>zh</c>, <c>en</c>); falls back to Chinese.</summary>
    public string Get(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && En is not null ? En : Zh;

    /// <summary>The Chinese text.</summary>
    public override string ToString() => Zh;
}
