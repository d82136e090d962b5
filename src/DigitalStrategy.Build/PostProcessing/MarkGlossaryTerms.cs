using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Links the first use of each glossary term on a page to its explanation, so a parent who meets
/// "PLC" or "dagtilbud" can look it up: <c>&lt;a class="term" href="/ordforklaring/#plc"&gt;</c>, with an
/// <c>&lt;abbr title="Pædagogisk læringscenter"&gt;</c> inside when the term is an abbreviation with an
/// expansion. Only the page's main content is marked, and not where a link would be wrong or
/// noisy: headings, links, code, navigation, form controls, table headers, eyebrows and anything
/// marked <c>data-no-glossary</c>. Inside a strategy its own word list comes first.
/// </summary>
public sealed class MarkGlossaryTerms : IHtmlProcessor
{
    /// <summary>Elements whose text is never marked, with everything inside them.</summary>
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "dfn", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "nav",
        "button", "label", "select", "textarea", "summary", "caption", "legend", "th", "svg", "math",
        "script", "style", "template",
    };

    // Pages are processed in parallel; ConditionalWeakTable is thread-safe and keeps one matcher
    // per glossary set for as long as the site (or strategy) it belongs to lives.
    private readonly ConditionalWeakTable<Site, GlossaryMatcher> _sharedMatchers = new();
    private readonly ConditionalWeakTable<Strategy, GlossaryMatcher> _strategyMatchers = new();

    public void Process(IDocument document, Page page)
    {
        if (page is GlossaryPage or StrategyGlossaryPage || document.QuerySelector("main") is not { } main)
        {
            return;
        }

        var matcher = MatcherFor(page);
        if (matcher.IsEmpty)
        {
            return;
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in MarkableText(main).ToList())
        {
            Mark(document, text, matcher, marked);
        }
    }

    private GlossaryMatcher MatcherFor(Page page)
    {
        var site = page.Site;
        if (page is StrategyPageBase { Strategy: { Glossary.IsEmpty: false } strategy })
        {
            return _strategyMatchers.GetValue(strategy, s => GlossaryMatcher.For(
                s.Glossary.Select(t => (t, SiteRoutes.StrategyGlossaryTerm(s, t))),
                site.Glossary.Select(t => (t, SiteRoutes.GlossaryTerm(t)))));
        }

        return _sharedMatchers.GetValue(site, s => GlossaryMatcher.For(s.Glossary.Select(t => (t, SiteRoutes.GlossaryTerm(t)))));
    }

    /// <summary>The text nodes under <paramref name="root"/> in document order, outside skipped elements.</summary>
    private static IEnumerable<IText> MarkableText(INode root)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is IText text)
            {
                yield return text;
                continue;
            }

            if (node is IElement element && element != root && IsSkipped(element))
            {
                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }
    }

    private static bool IsSkipped(IElement element) =>
        SkippedElements.Contains(element.LocalName)
        || element.ClassList.Contains("eyebrow")
        || element.HasAttribute("data-no-glossary");

    /// <summary>Replaces a text node by its text with the first use of each term not yet marked wrapped in a link.</summary>
    private static void Mark(IDocument document, IText text, GlossaryMatcher matcher, HashSet<string> marked)
    {
        var data = text.Data;
        List<INode>? pieces = null;
        var done = 0;
        foreach (var match in matcher.Matches(data))
        {
            if (!marked.Add(match.Form.Href))
            {
                continue;
            }

            pieces ??= [];
            if (match.Index > done)
            {
                pieces.Add(document.CreateTextNode(data[done..match.Index]));
            }

            pieces.Add(Link(document, match.Form, data.Substring(match.Index, match.Length)));
            done = match.Index + match.Length;
        }

        if (pieces is null)
        {
            return;
        }

        if (done < data.Length)
        {
            pieces.Add(document.CreateTextNode(data[done..]));
        }

        text.Replace([.. pieces]);
    }

    private static IElement Link(IDocument document, GlossaryForm form, string words)
    {
        var link = document.CreateElement("a");
        link.ClassName = "term";
        link.SetAttribute("href", form.Href);
        if (form.AbbreviationTitle is { } expansion)
        {
            var abbreviation = document.CreateElement("abbr");
            abbreviation.SetAttribute("title", expansion);
            abbreviation.TextContent = words;
            link.AppendChild(abbreviation);
        }
        else
        {
            link.TextContent = words;
        }

        return link;
    }
}
