using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Search;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Pipeline;

/// <summary>A page rendered to HTML, with what the link check needs to know about it.</summary>
public sealed record RenderedPage(Page Page, string OutputPath, string Html, PageLinks Links);

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

    public IReadOnlyList<RenderedPage> RenderedPages { get; set; } = [];

    /// <summary>Asset files (CSS, images) as output path and bytes.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> Assets { get; set; } = [];

    /// <summary>The PDF of each print view (with build --pdf) as output path and bytes; written and link-checked like the assets.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> Pdfs { get; set; } = [];

    /// <summary>The open data under /data/ (JSON, CSV, the index and the schema) as output path and bytes; written and link-checked like the assets.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Content)> OpenData { get; set; } = [];

    /// <summary>The written site, before it is swapped in as the output folder.</summary>
    public OutputFolder? StagedOutput { get; set; }

    public IReadOnlyList<SearchRecord> SearchRecords { get; set; } = [];

    public Site RequireSite() => Site ?? throw new InvalidOperationException("The content was not loaded.");
}
