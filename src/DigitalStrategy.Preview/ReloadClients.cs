using System.Collections.Concurrent;
using System.Threading.Channels;

namespace DigitalStrategy.Preview;

/// <summary>
/// The open browser tabs, each listening for Server-Sent Events with the path it shows. After a
/// build, a tab reloads when its own page, any stylesheet or image, or the errors changed.
/// </summary>
public sealed class ReloadClients
{
    private readonly ConcurrentDictionary<Guid, Client> _clients = new();

    private sealed record Client(string Path, Channel<string> Events);

    public int Count => _clients.Count;

    /// <summary>The paths the open tabs show, which a quick build makes first.</summary>
    public IReadOnlyCollection<string> Paths => [.. _clients.Values.Select(c => c.Path).Distinct(StringComparer.Ordinal)];

    /// <summary>Registers a tab; dispose the subscription when the connection closes.</summary>
    public (ChannelReader<string> Events, IDisposable Subscription) Subscribe(string path)
    {
        var id = Guid.NewGuid();
        var client = new Client(path, Channel.CreateUnbounded<string>());
        _clients[id] = client;
        return (client.Events.Reader, new Unsubscribe(() =>
        {
            _clients.TryRemove(id, out _);
            client.Events.Writer.TryComplete();
        }));
    }

    public void Notify(PreviewState before, PreviewState after)
    {
        foreach (var client in _clients.Values)
        {
            if (ShouldReload(before, after, client.Path))
            {
                client.Events.Writer.TryWrite($"event: reload\ndata: {after.Build}\n\n");
            }
        }
    }

    public static bool ShouldReload(PreviewState before, PreviewState after, string path)
    {
        if (before.ErrorSummary != after.ErrorSummary)
        {
            return true;
        }

        if (after.Changed.Count == 0)
        {
            return false;
        }

        // The theme's files (CSS, scripts, images) may change how any page looks; data files and
        // feeds (/data/, sitemap.xml) are not part of a page.
        var ownFile = SiteSnapshot.OutputPathOf(path);
        return after.Changed.Any(changed => changed == ownFile || changed == ownFile + "/index.html" || changed.StartsWith("assets/", StringComparison.Ordinal));
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
