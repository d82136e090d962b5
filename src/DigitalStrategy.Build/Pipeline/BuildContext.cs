using DigitalStrategy.Build.History;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Search;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Pipeline;

/// <summary>A page rendered to HTML and handed to the page store, with what the link check needs to know about it.</summary>
public sealed record RenderedPage(Page Page, string OutputPath, PageLinks Links);

/// <summary>The ids a page offers as fragments and the addresses it links to.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Hrefs);

/// <summary>
/// What the stages hand on to each other. Each slot is typed and filled by one stage;
/// later stages read it.
/// </summary>
public sealed class BuildContext(BuildOptions options)
{
    public BuildOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<SourceFile> Sources { get; set; } = [];

    public Site? Site { get; set; }

    public IReadOnlyList<Page> Pages { get; set; } = [];

    /// <summary>When each source file last changed ('updated', else its last commit); filled by ReadSourceDates.</summary>
    public SourceDates SourceDates { get; set; } = SourceDates.None;

    public IReadOnlyList<RenderedPage> RenderedPages { get; set; } = [];

    /// <summary>Where the rendered pages are; chosen by BeginOutput.</summary>
    public PageStore? PageStore { get; set; }

    /// <summary>Asset files (CSS, images, and robots.txt, sitemap.xml and the change feed) as output path and bytes.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> Assets { get; set; } = [];

    /// <summary>The PDF of each print view (with build --pdf) as output path and bytes; written and link-checked like the assets.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> Pdfs { get; set; } = [];

    /// <summary>The open data under /data/ (JSON, CSV, the index and the schema) as output path and bytes; written and link-checked like the assets.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> OpenData { get; set; } = [];

    /// <summary>The written site, before it is swapped in as the output folder.</summary>
    public OutputFolder? StagedOutput { get; set; }

    public IReadOnlyList<SearchRecord> SearchRecords { get; set; } = [];

    /// <summary>The built site held in memory (preview), by output path; filled only with BuildOptions.InMemory.</summary>
    public IReadOnlyDictionary<string, byte[]>? SiteFiles { get; set; }

    /// <summary>Every file of the site that is not a page, as output path and bytes.</summary>
    public IEnumerable<(string OutputPath, byte[] Content)> OtherFiles() => Assets.Concat(Pdfs).Concat(OpenData);

    public PageStore RequirePageStore() => PageStore ?? throw new InvalidOperationException("BeginOutput did not run.");

    public Site RequireSite() => Site ?? throw new InvalidOperationException("The content was not loaded.");
}
