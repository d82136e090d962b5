namespace DigitalStrategy.Preview;

/// <summary>What the preview server builds and where it listens.</summary>
/// <param name="InputDirectory">The folder with the sources, watched for changes.</param>
/// <param name="ThemeDirectory">The theme folder, watched too: changed CSS and images are served at once; null when there is none.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="BaseUrl">The published address, as for build; overrides base_url in site.yml.</param>
public sealed record PreviewOptions(string InputDirectory, string? ThemeDirectory, int Port, string? BaseUrl = null)
{
    public const int DefaultPort = 8080;

    /// <summary>How long to wait after a change for more changes (an editor saving several files), before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(60);
}
