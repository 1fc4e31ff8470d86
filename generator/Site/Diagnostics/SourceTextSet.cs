namespace Civic.Site.Diagnostics;

/// <summary>
/// The texts of every file read in a run, keyed by relative path, for showing source lines. Thread-safe; a set
/// that holds one file (as when each file is read on its own) needs no table.
/// </summary>
public sealed class SourceTextSet
{
    private readonly Lock _gate = new();
    private SourceText? _only;
    private Dictionary<string, SourceText>? _texts;

    /// <summary>Remembers a text; a later text for the same path replaces it.</summary>
    public void Add(SourceText text)
    {
        lock (_gate)
        {
            if (_texts is null && (_only is null || _only.Path == text.Path))
            {
                _only = text;
                return;
            }
            if (_texts is null)
            {
                _texts = new Dictionary<string, SourceText>(StringComparer.Ordinal) { [_only!.Path] = _only };
                _only = null;
            }
            _texts[text.Path] = text;
        }
    }

    /// <summary>The text of <paramref name="path"/>, or null when it was never read.</summary>
    public SourceText? Find(string path)
    {
        lock (_gate)
        {
            if (_texts is not null) return _texts.TryGetValue(path, out var t) ? t : null;
            return _only?.Path == path ? _only : null;
        }
    }
}
