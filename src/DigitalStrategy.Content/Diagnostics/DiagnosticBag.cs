namespace DigitalStrategy.Content.Diagnostics;

/// <summary>
/// Collects every diagnostic of a run so that editors see all their mistakes at once,
/// not one per build. Safe to add to from several threads.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds diagnostics found elsewhere (another thread, or an earlier load of an unchanged file), in their order.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> for every item on all cores, each into diagnostics of its own,
    /// and adds those in the order of the items: the same diagnostics in the same order as checking
    /// the items one by one. The checks must not share anything they change.
    /// </summary>
    public void AddInParallel<T>(IReadOnlyList<T> items, Action<T, DiagnosticBag> check)
    {
        var found = new Diagnostic[items.Count][];
        Parallel.For(0, items.Count, i =>
        {
            var own = new DiagnosticBag();
            check(items[i], own);
            found[i] = own.InOrder();
        });

        foreach (var diagnostics in found)
        {
            AddRange(diagnostics);
        }
    }

    public void Error(SourceLocation location, string code, string message) =>
        Add(new Diagnostic(location, Severity.Error, code, message));

    public void Warning(SourceLocation location, string code, string message) =>
        Add(new Diagnostic(location, Severity.Warning, code, message));

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>The diagnostics in the order they were added.</summary>
    internal Diagnostic[] InOrder()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>All diagnostics in a stable order (file, line, column), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
