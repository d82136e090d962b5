using DigitalStrategy.Content.Loading;

namespace DigitalStrategy.Build.Pipeline;

/// <summary>What to build and where.</summary>
/// <param name="InputDirectory">The folder with the sources.</param>
/// <param name="OutputDirectory">The folder the site is written to; replaced only after a successful build.</param>
/// <param name="BaseUrl">The published address of the site; overrides base_url in site.yml.</param>
/// <param name="WriteFiles">False for 'check': everything is validated, nothing is written.</param>
/// <param name="Today">The date checks of age are made against; today's date when not given.</param>
/// <param name="Search">Whether to build the search index (Pagefind, with Node.js); the command line does, tests mostly not.</param>
/// <param name="ToolsDirectory">The folder whose package-lock.json pins Pagefind; found from the working folder when not given.</param>
/// <param name="Pdf">Whether to render each print view to a PDF with Chromium and link it from its pages.</param>
/// <param name="ChromiumPath">The Chromium that renders the PDFs: Debian's, never one Playwright downloads.</param>
/// <param name="InMemory">For the preview server: keep the built site in memory (<see cref="BuildResult.Files"/>) instead of writing it; needs WriteFiles false.</param>
/// <param name="RenderOnly">For the preview's quick build (needs InMemory): render only the pages at these output paths
/// (the open tabs) and leave out the reviews, open data, feeds and the link check; the full build that follows does them.</param>
/// <param name="ContentCache">
/// For the preview server: the source files as earlier builds read them, kept between builds so that
/// a build reads only the files that changed. The site and the diagnostics are the same without it.
/// </param>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? BaseUrl = null,
    bool WriteFiles = true,
    DateOnly? Today = null,
    bool Search = false,
    string? ToolsDirectory = null,
    bool Pdf = false,
    string ChromiumPath = BuildOptions.DebianChromium,
    bool InMemory = false,
    IReadOnlySet<string>? RenderOnly = null,
    ContentCache? ContentCache = null)
{
    public const string DebianChromium = "/usr/bin/chromium";

    public DateOnly TodayOrClock => Today ?? DateOnly.FromDateTime(DateTime.Now);

    /// <summary>How the input folder is named in diagnostics: as the user gave it, with forward slashes.</summary>
    public string InputDisplayName => InputDirectory.Replace('\\', '/').TrimEnd('/');
}
