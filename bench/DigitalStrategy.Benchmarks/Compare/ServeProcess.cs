using System.Diagnostics;
using System.Threading.Channels;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>A line a program wrote, with the moment it arrived (Stopwatch ticks).</summary>
public sealed record TimedLine(long Timestamp, string Text);

/// <summary>
/// Our preview server (`digitalstrategy serve`) as a child process, with every line it writes on
/// stdout and stderr timestamped as it arrives. Disposing kills it and waits for it, always.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<TimedLine> _lines = Channel.CreateUnbounded<TimedLine>();
    private int _openStreams = 2;

    private ServeProcess(Process process) => _process = process;

    public ChannelReader<TimedLine> Lines => _lines.Reader;

    /// <summary>Starts serve on a port the system picks (--port 0); the address comes in its "Preview: …" line.</summary>
    public static ServeProcess Start(string program, string input, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Away from the checkout: serve watches ./theme when it exists, which the benchmark does not edit.
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in new[] { "serve", "--input", input, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Receive(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{program} serve did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Reads lines until one matches, or throws when serve ends or <paramref name="timeout"/> passes.</summary>
    public async Task<TimedLine> WaitForAsync(Func<string, bool> match, TimeSpan timeout, string waitingFor, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(cancel.Token);
                if (match(line.Text))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"serve did not print {waitingFor} within {timeout.TotalSeconds:0} s.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"serve ended (exit code {(_process.HasExited ? _process.ExitCode : -1)}) before printing {waitingFor}.");
        }
    }

    /// <summary>Forgets the lines written so far, so a wait sees only what comes after.</summary>
    public void Drain()
    {
        while (_lines.Reader.TryRead(out _))
        {
        }
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            // stdout and stderr each end with a null; the lines end when both have.
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _lines.Writer.TryComplete();
            }

            return;
        }

        _lines.Writer.TryWrite(new TimedLine(Stopwatch.GetTimestamp(), line));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It never started, or it has gone already.
        }

        _process.Dispose();
    }
}
