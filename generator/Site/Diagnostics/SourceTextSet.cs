using System.Collections.Concurrent;

namespace Civic.Site.Diagnostics;

/// <summary>The texts of every file read in a run, keyed by relative path, for showing source lines.</summary>
public sealed class SourceTextSet
{
    private readonly ConcurrentDictionary<string, SourceText> _texts = new(StringComparer.Ordinal);

    /// <summary>Remembers a text; a later text for the same path replaces it.</summary>
    public void Add(SourceText text) => _texts[text.Path] = text;

    /// <summary>The text of <paramref name="path"/>, or null when it was never read.</summary>
    public SourceText? Find(string path) => _texts.TryGetValue(path, out var t) ? t : null;
}
