using System.Text.Json;
using System.Threading.Channels;

namespace Civic.Site.Serve;

/// <summary>The open pages, each listening on a server-sent-event stream; a build result is sent to all of them.</summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount
    {
        get { lock (_gate) return _clients.Count; }
    }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate) _clients.Remove(channel);
    }

    /// <summary>Tells every open page to reload.</summary>
    public void Reload() => Broadcast("event: reload\ndata: {}\n\n");

    /// <summary>Tells the open pages at these URL paths (such as <c>/stories/a/</c>) to reload, and no other.</summary>
    public void ReloadOnly(IEnumerable<string> paths) => Broadcast("event: reload\ndata: {\"only\":" + JsonList(paths) + "}\n\n");

    /// <summary>Tells every open page but those at these URL paths to reload.</summary>
    public void ReloadExcept(IEnumerable<string> paths) => Broadcast("event: reload\ndata: {\"except\":" + JsonList(paths) + "}\n\n");

    // A JSON string written by hand: the serializer's generic entry point needs reflection, which a native build lacks.
    public void Failed(string diagnostics) => Broadcast("event: failed\ndata: \"" + JsonEncodedText.Encode(diagnostics) + "\"\n\n");

    private static string JsonList(IEnumerable<string> items) =>
        "[" + string.Join(",", items.Select(item => "\"" + JsonEncodedText.Encode(item) + "\"")) + "]";

    private void Broadcast(string message)
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }
}
