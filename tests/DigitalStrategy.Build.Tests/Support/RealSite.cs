using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// The real input/, built once into a temporary folder and shared by every test class of
/// <see cref="RealSiteCollection"/>: building it per test (or per class) made those tests slow.
/// </summary>
public sealed class RealSite : IAsyncLifetime
{
    // Parsing and text extraction are cached because many tests read the same pages; the
    // documents are shared, so tests must only query them, never change them.
    private readonly ConcurrentDictionary<string, IDocument> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "ds-real-" + Guid.NewGuid().ToString("N"));

    public BuildResult Result { get; private set; } = null!;

    /// <summary>The day the real site is built as of, so what depends on the date (the current school year) does not change under the tests.</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>The content model of the real input, loaded and resolved as the build does it.</summary>
    public Site Model { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(RepositoryPaths.Input, Output, Today: Today);
        Result = await SiteBuilder.RunAsync(options);
        var context = new BuildContext(options);
        foreach (var stage in new IBuildStage[] { new ReadSources(), new LoadContent(), new ResolveReferences() })
        {
            await stage.RunAsync(context, CancellationToken.None);
        }

        Model = context.RequireSite();
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Parses the written page at a site address such as "/lemvig/digitaliseringsplan/" (the leading slash is optional).</summary>
    public IDocument Page(string url) =>
        _pages.GetOrAdd(url.TrimStart('/'), relative => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative, "index.html"))));

    /// <summary>
    /// The normalised text of the main content of every page under a site address, in path order,
    /// so a sentence of a seed can be looked for without knowing which page it landed on.
    /// </summary>
    public string TextOf(string urlPrefix) =>
        _texts.GetOrAdd(urlPrefix.Trim('/'), relative => string.Join(' ',
            Directory.EnumerateFiles(Path.Combine(Output, relative), "index.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => Normalize(new HtmlParser().ParseDocument(File.ReadAllText(path)).QuerySelector("main")?.TextContent ?? ""))));

    /// <summary>Collapses every run of whitespace to one space, as a reader sees the text.</summary>
    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The test classes that share one build of the real input/.</summary>
[CollectionDefinition(Name)]
public sealed class RealSiteCollection : ICollectionFixture<RealSite>
{
    public const string Name = "real site";
}
