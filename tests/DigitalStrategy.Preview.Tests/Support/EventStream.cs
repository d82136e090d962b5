using System.Threading.Channels;

namespace DigitalStrategy.Preview.Tests.Support;

/// <summary>Listens to the preview's Server-Sent Events the way a browser tab does, and collects the event names.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly Task _reading;

    private EventStream(HttpClient client, string url)
    {
        _reading = ReadAsync(client, url, _stop.Token);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client, Uri server, string pagePath)
    {
        var stream = new EventStream(client, new Uri(server, "__preview/events?path=" + Uri.EscapeDataString(pagePath)).ToString());
        Assert.Equal("hello", await stream.NextAsync(TimeSpan.FromSeconds(10)));
        return stream;
    }

    /// <summary>The name of the next event, or null when none comes in time.</summary>
    public async Task<string?> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task ReadAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    await _events.Writer.WriteAsync(line["event: ".Length..], cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed by the test or the server.
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
