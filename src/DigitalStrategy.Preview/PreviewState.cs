using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Preview;

/// <summary>
/// What the preview shows after a build: the last site that built without errors (kept while the
/// sources have errors) and the findings of the latest build.
/// </summary>
/// <param name="Build">Counts the builds since the server started; 0 before the first.</param>
/// <param name="Site">The last good site; null until one build has succeeded.</param>
/// <param name="Diagnostics">The errors and warnings of the latest build.</param>
/// <param name="Changed">The output paths the latest build changed, compared with the site shown before it.</param>
public sealed record PreviewState(int Build, SiteSnapshot? Site, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> Changed, TimeSpan Elapsed)
{
    public static PreviewState Initial { get; } = new(0, null, [], new HashSet<string>(), TimeSpan.Zero);

    /// <summary>A full build, a quick one (open pages only, fewer checks), or the full build that completes a quick one.</summary>
    public PreviewBuilds.Kind Kind { get; init; } = PreviewBuilds.Kind.Full;

    public IReadOnlyList<Diagnostic> Errors => [.. Diagnostics.Where(d => d.IsError)];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The errors as one text, to tell whether they changed between two builds.</summary>
    public string ErrorSummary => string.Join('\n', Errors);
}
