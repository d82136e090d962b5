using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Warns editors where the strategy's own promises are not backed by actions: goals that no
/// action serves in the current school year, a strategy with nothing planned for the current
/// school year, and actions that serve no goal (once per group when none of a group does).
/// Strategies whose period has ended are history and are not reviewed.
/// </summary>
public sealed class ReviewCoverage(DateOnly today) : IBuildStage
{
    /// <summary>Runs on what could be loaded even when other files have errors, so 'check' lists every finding in one run.</summary>
    public bool RunsAfterErrors => true;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Site is not { } site)
        {
            return Task.CompletedTask;
        }

        // Each strategy's coverage (and the school years it needs) is worked out on its own, on all
        // cores; the findings are then reported in the strategies' order.
        var strategies = site.Strategies.ToList();
        var coverages = new StrategyCoverage[strategies.Count];
        Parallel.For(0, strategies.Count, i => coverages[i] = StrategyCoverage.For(strategies[i], today));
        foreach (var coverage in coverages.Where(c => c.IsReviewed))
        {
            Review(coverage, context.Diagnostics);
        }

        return Task.CompletedTask;
    }

    private static void Review(StrategyCoverage coverage, DiagnosticBag diagnostics)
    {
        var strategy = coverage.Strategy;
        var words = strategy.Vocabulary;
        var year = coverage.CurrentYear;
        if (coverage.LacksCurrentYear)
        {
            var last = strategy.SchoolYears.Years[^1].Year;
            diagnostics.Warning(strategy.Source, DiagnosticCodes.GoalNotServed, strategy.SchoolYears.IsFromAppendices
                ? $"Strategien har intet bilag for det nuværende skoleår {year}; det seneste er for {last}. Tilføj et bilag for {year}, eller skriv 'status: tidligere', hvis strategien ikke gælder længere."
                : $"Ingen af strategiens {words.Actions.ToLowerInvariant()} eller mål har en tidsramme i det nuværende skoleår {year}; den seneste rækker til {last}. Ret tidsrammerne, eller skriv 'status: tidligere', hvis strategien ikke gælder længere.");
        }

        foreach (var goal in coverage.GoalsNotServed)
        {
            var why = goal.AllActions.IsEmpty
                ? $"Ingen {words.Actions.ToLowerInvariant()} peger på det"
                : $"{goal.AllActions.Length} {(goal.AllActions.Length == 1 ? words.Action : words.Actions).ToLowerInvariant()} peger på det, men ikke i dette skoleår";
            diagnostics.Warning(goal.Goal.Source, DiagnosticCodes.GoalNotServed,
                $"{words.Goal} '{goal.Goal.Id}' understøttes ikke af nogen {words.Action.ToLowerInvariant()} i det nuværende skoleår {year}. {why}. " +
                $"Skriv '{goal.Goal.Id}' under 'goals:' ved de {words.Actions.ToLowerInvariant()}, der gælder nu, eller tilføj en ny.");
        }

        foreach (var group in coverage.Unlinked)
        {
            if (group.IsWholeGroup)
            {
                diagnostics.Warning(group.Source, DiagnosticCodes.ActionServesNoGoal,
                    $"Ingen af de {group.ActionCount} {words.Actions.ToLowerInvariant()} i '{group.Place}' peger på nogen af strategiens {words.Goals.ToLowerInvariant()}. " +
                    $"Skriv under 'goals:' ved hver {words.Action.ToLowerInvariant()}, hvilke {words.Goals.ToLowerInvariant()} den understøtter.");
                continue;
            }

            foreach (var action in group.Actions)
            {
                diagnostics.Warning(action.Source, DiagnosticCodes.ActionServesNoGoal,
                    $"{words.Action} '{action.Id}' peger ikke på nogen af strategiens {words.Goals.ToLowerInvariant()}. Skriv under 'goals:', hvilke {words.Goals.ToLowerInvariant()} den understøtter.");
            }
        }
    }
}
