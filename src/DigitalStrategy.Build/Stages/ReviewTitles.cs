using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Warns about titles too long for what a title does: name a page in the browser's tab, in
/// search results, in the breadcrumb trail and as a link on a phone. Goals are statements and may
/// be longer than names, but a goal that runs to several sentences belongs in its explanation.
/// </summary>
public sealed class ReviewTitles : IBuildStage
{
    /// <summary>Names: strategies, chapters, focus areas, appendices, themes and categories.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The breadcrumb trail cuts labels here, so a short title longer than this is cut too.</summary>
    public const int MaxShortTitleLength = 48;

    /// <summary>A strategy's full title with a short title beside it is used only where there is room (the page's heading).</summary>
    public const int MaxFullTitleLength = 150;

    public const int MaxGoalLength = 250;

    public bool RunsAfterErrors => true;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Site is not { } site)
        {
            return Task.CompletedTask;
        }

        var diagnostics = context.Diagnostics;
        foreach (var theme in site.Themes)
        {
            CheckName(diagnostics, theme.Source, "Temaets", theme.Title);
        }

        foreach (var strategy in site.Strategies)
        {
            var words = strategy.Vocabulary;
            CheckName(diagnostics, strategy.Source, "Strategiens", strategy.Title, strategy.ShortTitle is null
                ? " Skriv en kortere titel, eller tilføj en kort titel i 'short_title', som bruges i brødkrummestien og i links."
                : null, strategy.ShortTitle is null ? MaxNameLength : MaxFullTitleLength);
            if (strategy.ShortTitle is { Length: > MaxShortTitleLength } shortTitle)
            {
                diagnostics.Warning(strategy.Source, DiagnosticCodes.LongTitle,
                    $"Den korte titel ('short_title') er {shortTitle.Length} tegn; i brødkrummestien vises kun de første {MaxShortTitleLength}. Skriv en kort titel på højst {MaxShortTitleLength} tegn.");
            }

            foreach (var category in strategy.Categories)
            {
                CheckName(diagnostics, category.Source, "Kategoriens", category.Title);
            }

            foreach (var chapter in strategy.Chapters)
            {
                CheckName(diagnostics, chapter.Source, "Kapitlets", chapter.Title);
            }

            foreach (var appendix in strategy.Appendices)
            {
                CheckName(diagnostics, appendix.Source, "Bilagets", appendix.Title);
            }

            foreach (var focusArea in strategy.FocusAreas)
            {
                CheckName(diagnostics, focusArea.Source, $"{words.FocusArea}s", focusArea.Title);
                foreach (var goal in focusArea.Goals.Where(g => g.Title.Length > MaxGoalLength))
                {
                    diagnostics.Warning(goal.Source, DiagnosticCodes.LongTitle,
                        $"{words.Goal} '{goal.Id}' har en titel på {goal.Title.Length} tegn; den er overskrift på siden og link i oversigterne. " +
                        $"Skriv målet selv i 'title' med højst {MaxGoalLength} tegn, og flyt forklaringen til 'explanation'.");
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void CheckName(DiagnosticBag diagnostics, SourceLocation source, string whose, string title, string? advice = null, int maxLength = MaxNameLength)
    {
        if (title.Length > maxLength)
        {
            diagnostics.Warning(source, DiagnosticCodes.LongTitle,
                $"{whose} titel er {title.Length} tegn. En titel vises i browserens faneblad, i søgeresultater og som link på telefonen, så den bør højst være {maxLength} tegn." +
                (advice ?? " Skriv en kortere titel, og flyt resten til teksten."));
        }
    }
}
