using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>
/// Runs axe-core, as shipped in Deque's packages (Deque.AxeCore.Playwright brings
/// Deque.AxeCore.Commons, which embeds axe.min.js), on a page. We call axe.run ourselves instead
/// of the package's RunAxe: that wrapper adds 0.5–0.8 s per call on this machine, while axe itself
/// takes 30–60 ms, and we audit every page at two widths.
/// </summary>
internal static class AxeAudit
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 A and AA, as the accessibility law asks, plus target-size.</summary>
    private const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            rules: { 'target-size': { enabled: true } },
            resultTypes: ['violations']
          });
          return result.violations.flatMap(v => v.nodes.map(n => ({
            rule: v.id,
            impact: v.impact ?? '',
            help: v.help,
            target: n.target.join(' '),
            detail: [...n.any, ...n.all, ...n.none].map(c => c.message).join('; ')
          })));
        }
        """;

    /// <summary>axe-core's script, to load into pages as an init script.</summary>
    public static string Source => LazySource.Value;

    private static readonly Lazy<string> LazySource = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Deque.AxeCore.Commons any more.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Runs axe on a page into which <see cref="Source"/> was loaded as an init script.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string where)
    {
        var violations = await page.EvaluateAsync<Violation[]>(Run);
        return violations
            .Select(v => $"{where}: axe rule '{v.Rule}' ({v.Impact}): {v.Help} at {v.Target}: {v.Detail}")
            .ToList();
    }

    private sealed class Violation
    {
        public string Rule { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string Target { get; set; } = "";

        public string Detail { get; set; } = "";
    }
}
