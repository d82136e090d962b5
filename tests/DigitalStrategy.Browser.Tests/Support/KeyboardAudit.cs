using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>
/// Walks a page with the Tab key as a keyboard user does: the first Tab must land on a skip link
/// to main, every link and control must be reached, and each must show a visible focus indicator
/// while it has focus (WCAG 2.1.1, 2.4.1, 2.4.7).
/// </summary>
internal static class KeyboardAudit
{
    /// <summary>Marks every element a keyboard user should reach and returns how many there are.</summary>
    private const string MarkFocusable = """
        () => {
          const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
          const elements = [...document.querySelectorAll(selector)]
            .filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }));
          elements.forEach((e, i) => e.dataset.auditFocus = String(i));
          return elements.map(e => e.outerHTML.slice(0, 100));
        }
        """;

    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const shadow = s.boxShadow !== 'none';
          const r = e.getBoundingClientRect();
          const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
          const target = e.tagName === 'A' && e.hash ? document.getElementById(decodeURIComponent(e.hash.slice(1))) : null;
          return {
            id: e.dataset.auditFocus ?? '',
            html: e.outerHTML.slice(0, 100),
            visible: (outline || shadow) && e.matches(':focus-visible') && onScreen,
            hash: e.tagName === 'A' ? e.getAttribute('href') : '',
            targetTag: target ? target.tagName.toLowerCase() : ''
          };
        }
        """;

    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string where)
    {
        var problems = new List<string>();
        var focusable = await page.EvaluateAsync<string[]>(MarkFocusable);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var press = 0; press < focusable.Length + 2; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus?>(DescribeFocus);
            if (focus is null || !reached.Add(focus.Id))
            {
                break;
            }

            if (press == 0 && (focus.Hash != "#indhold" || focus.TargetTag != "main"))
            {
                problems.Add($"{where}: the first Tab should focus a skip link to <main id=\"indhold\">, but focused {focus.Html}");
            }

            if (!focus.Visible)
            {
                problems.Add($"{where}: no visible focus indicator (WCAG 2.4.7) on {focus.Html}");
            }
        }

        problems.AddRange(focusable
            .Where((_, i) => !reached.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(html => $"{where}: cannot be reached with the Tab key (WCAG 2.1.1): {html}"));
        return problems;
    }

    /// <summary>Playwright fills this from the script's result, so it needs setters.</summary>
    private sealed class Focus
    {
        public string Id { get; set; } = "";

        public string Html { get; set; } = "";

        public bool Visible { get; set; }

        public string Hash { get; set; } = "";

        public string TargetTag { get; set; } = "";
    }
}
