using System.CommandLine;
using System.Runtime.InteropServices;
using DigitalStrategy.Preview;

namespace DigitalStrategy.Cli;

/// <summary>The 'serve' command: the editor's live preview on 127.0.0.1.</summary>
internal sealed class ServeCommand
{
    private readonly Option<int> _port = new("--port", "-p") { Description = "Port on 127.0.0.1 to serve the preview on.", DefaultValueFactory = _ => PreviewOptions.DefaultPort };
    private readonly Option<string?> _theme = new("--theme") { Description = "Theme folder to watch: changed CSS shows at once. Default: ./theme when it exists." };

    public ServeCommand(Option<string> input, Option<string?> baseUrl)
    {
        Input = input;
        BaseUrl = baseUrl;
        _port.Validators.Add(result =>
        {
            // A value that is no number at all is reported by the parser; this catches numbers out of range.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var port) && port is < 0 or > 65535)
            {
                result.AddError("--port must be a port number from 0 to 65535.");
            }
        });
        Command = new Command("serve", "Preview the site on 127.0.0.1 while you edit: rebuilds when a file is saved and reloads the open pages.") { input, baseUrl, _port, _theme };
    }

    public Command Command { get; }

    private Option<string> Input { get; }

    private Option<string?> BaseUrl { get; }

    public async Task<int> RunAsync(ParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var theme = parse.GetValue(_theme) ?? (Directory.Exists("theme") ? "theme" : null);
        var options = new PreviewOptions(parse.GetValue(Input)!, theme, parse.GetValue(_port), parse.GetValue(BaseUrl));
        if (!Directory.Exists(options.InputDirectory))
        {
            await error.WriteLineAsync($"error: the input folder '{options.InputDirectory}' does not exist. Give it with --input.");
            return ExitCodes.WrongUsage;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            await using var server = new PreviewServer(options, error);
            try
            {
                await server.StartAsync(stop.Token);
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException or null && e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync($"error: port {options.Port} on 127.0.0.1 is in use. Stop the other program, or choose another port with --port.");
                return ExitCodes.WrongUsage;
            }

            await output.WriteLineAsync($"Preview: {server.Address} (watching {options.InputDirectory}{(theme is null ? "" : $" and {theme}")}; Ctrl+C stops)");
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await output.WriteLineAsync("Preview stopped.");
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
