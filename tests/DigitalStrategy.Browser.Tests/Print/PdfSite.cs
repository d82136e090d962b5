using System.Diagnostics;
using System.Text.RegularExpressions;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Browser.Tests.Print;

/// <summary>
/// The real input/ built with --pdf into a temp folder, once for the PDF tests, and its content
/// model, to know what each PDF must hold. Separate from PublishedSite, which needs no PDFs and
/// should not wait for them.
/// </summary>
public sealed partial class PdfSite : IAsyncLifetime
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "ds-pdf-" + Guid.NewGuid().ToString("N"));

    public BuildResult Build { get; private set; } = null!;

    public Site Model { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(RepositoryPaths.Input, Output, Pdf: true);
        Build = await SiteBuilder.RunAsync(options);
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("The real input/ did not build with --pdf:\n" + string.Join('\n', Build.Diagnostics));
        }

        var context = new BuildContext(options);
        foreach (var stage in new IBuildStage[] { new ReadSources(), new LoadContent(), new ResolveReferences() })
        {
            await stage.RunAsync(context, CancellationToken.None);
        }

        Model = context.RequireSite();
    }

    /// <summary>The file of a site address such as "/lemvig/…/x.pdf", or of a page such as "/lemvig/".</summary>
    public string FileOf(string url) => Path.Combine(Output, url.TrimStart('/') + (url.EndsWith('/') ? "index.html" : ""));

    /// <summary>Runs a poppler-utils tool (pdftotext, pdfinfo) and returns what it prints.</summary>
    public static async Task<string> PopplerAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: run eng/install-test-tools.sh (it installs poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {await error}");
    }

    /// <summary>pdfinfo's fields (Title, Tagged, Pages, …) by name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(string pdf) =>
        (await PopplerAsync("pdfinfo", "-enc", "UTF-8", pdf))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);

    /// <summary>
    /// The text of a PDF in the order Chromium wrote it, normalised. -raw, because pdftotext's
    /// default joins a word broken after a hyphen and drops the hyphen ("efter-videreuddannelse"
    /// became "eftervidereuddannelse").
    /// </summary>
    public static async Task<string> TextAsync(string pdf) => Normalize(await PopplerAsync("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"));

    /// <summary>
    /// Every run of whitespace as one space, and none after a hyphen that ends a word: Chromium
    /// breaks lines where it likes, also after "efter-". Applied to the PDF's text and to the
    /// expected text alike, so "Børne- og" matches itself.
    /// </summary>
    public static string Normalize(string text) =>
        HyphenThenSpace().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "-");

    [GeneratedRegex(@"(?<=\p{L})- ")]
    private static partial Regex HyphenThenSpace();

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }
}
