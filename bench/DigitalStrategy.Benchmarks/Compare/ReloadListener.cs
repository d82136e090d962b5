using System.Diagnostics;
using System.Threading.Channels;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>
/// An open page's connection to the preview's reload events (Server-Sent Events at
/// /__preview/events?path=&lt;page&gt;), noting when each "event: reload" arrives.
/// </summary>
public sealed class ReloadListener : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<long> _reloads = Channel.CreateUnbounded<long>();
    private Task _reading = Task.CompletedTask;

    private ReloadListener(HttpClient client) => _client = client;

    /// <summary>Connects as the page at <paramref name="pagePath"/> would and waits for the server's hello.</summary>
    public static async Task<ReloadListener> OpenAsync(Uri preview, string pagePath)
    {
        var listener = new ReloadListener(new HttpClient { BaseAddress = preview, Timeout = Timeout.InfiniteTimeSpan });
        var response = await listener._client.GetAsync($"__preview/events?path={Uri.EscapeDataString(pagePath)}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using (var hello = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (await reader.ReadLineAsync(hello.Token) is { } line && line != "event: hello")
            {
            }
        }

        listener._reading = listener.ReadAsync(reader, response);
        return listener;
    }

    /// <summary>The moment (Stopwatch ticks) of the next reload event, or null when none comes within <paramref name="timeout"/>.</summary>
    public async Task<long?> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _reloads.Reader.ReadAsync(wait.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    public void Drain()
    {
        while (_reloads.Reader.TryRead(out _))
        {
        }
    }

    private async Task ReadAsync(StreamReader reader, HttpResponseMessage response)
    {
        using (response)
        using (reader)
        {
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line == "event: reload")
                    {
                        _reloads.Writer.TryWrite(Stopwatch.GetTimestamp());
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
            {
                // Closed by us, or serve has gone.
            }
            finally
            {
                _reloads.Writer.TryComplete();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _client.Dispose();
        _stop.Dispose();
    }
}
