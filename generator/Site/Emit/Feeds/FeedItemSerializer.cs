using System.Text.Json;

namespace Civic.Site.Emit.Feeds;

/// <summary>Serialises entries on one thread into one arena, reusing its JSON writer for every string value.</summary>
internal sealed class FeedItemSerializer
{
    private readonly FeedItemArena _arena = new();
    private readonly Utf8JsonWriter _json;

    public FeedItemSerializer() => _json = JsonFeedWriter.ValueWriter(_arena);

    /// <summary>Both serialisations of <paramref name="item"/>.</summary>
    public FeedItemText Write(FeedItem item)
    {
        _arena.Begin();
        var jsonBytes = JsonFeedWriter.WriteItem(item, _arena, _json);
        var json = _arena.End();
        var atomBytes = AtomFeedWriter.WriteEntry(item, _arena);
        var atom = _arena.End();
        return new FeedItemText(json, jsonBytes, atom, atomBytes);
    }

    /// <summary>The JSON Feed item of <paramref name="item"/> and its size written on its own.</summary>
    public (ReadOnlyMemory<byte> Text, int Bytes) Json(FeedItem item)
    {
        _arena.Begin();
        var bytes = JsonFeedWriter.WriteItem(item, _arena, _json);
        return (_arena.End(), bytes);
    }

    /// <summary>The Atom entry of <paramref name="item"/> and its size written on its own without indentation.</summary>
    public (ReadOnlyMemory<byte> Text, int Bytes) Atom(FeedItem item)
    {
        _arena.Begin();
        var bytes = AtomFeedWriter.WriteEntry(item, _arena);
        return (_arena.End(), bytes);
    }
}
