using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Validation;

/// <summary>
/// Checks each goal's 'implements': every reference must name a goal of another, municipal
/// strategy of the same municipality, so that a school's local goal links to the municipal
/// goal it works towards and that goal's page can list it back.
/// </summary>
internal static class ImplementsValidator
{
    public static void Validate(Site site, DiagnosticBag diagnostics)
    {
        // References stay within a municipality, so the municipalities are checked on all cores.
        diagnostics.AddInParallel(site.Municipalities, (municipality, found) =>
        {
            foreach (var strategy in municipality.Strategies)
            {
                foreach (var goal in strategy.Goals)
                {
                    CheckGoal(municipality, strategy, goal, found);
                }
            }
        });
    }

    private static void CheckGoal(Municipality municipality, Strategy strategy, Goal goal, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var reference in goal.Implements)
        {
            var written = reference.ToString();
            if (!seen.TryAdd(written, reference.Source))
            {
                diagnostics.Error(reference.Source, DiagnosticCodes.DuplicateId,
                    $"Målet '{goal.Id}' nævner '{written}' to gange i 'implements' (første gang i {seen[written]}). Slet den ene.");
                continue;
            }

            Check(municipality, strategy, goal, reference, diagnostics);
        }
    }

    private static void Check(Municipality municipality, Strategy strategy, Goal goal, GoalReference reference, DiagnosticBag diagnostics)
    {
        var prefix = $"Målet '{goal.Id}' omsætter '{reference}'";
        if (reference.StrategyId == strategy.Id)
        {
            diagnostics.Error(reference.Source, DiagnosticCodes.NotAMunicipalGoal,
                $"{prefix}, men det er et mål i samme strategi. 'implements' peger på kommunens mål i en anden strategi, " +
                $"fx '{Example(municipality, strategy)}'; hører målene sammen i samme strategi, så fjern linjen.");
            return;
        }

        if (municipality.FindStrategy(reference.StrategyId) is not { } target)
        {
            var municipal = MunicipalStrategyIds(municipality, strategy);
            var closest = FieldNames.Closest(reference.StrategyId, municipal);
            var hint = closest is not null ? $"Mente du '{closest}'?"
                : municipal.Count == 0 ? $"{municipality.Name} har ingen anden strategi på sitet endnu."
                : $"Brug en af: {string.Join(", ", municipal.Order(StringComparer.Ordinal))}.";
            diagnostics.Error(reference.Source, DiagnosticCodes.UnknownReference,
                $"{prefix}, men strategien '{reference.StrategyId}' findes ikke i {municipality.Name}. {hint}");
            return;
        }

        if (municipality.InstitutionOf(target) is { } owner)
        {
            diagnostics.Error(reference.Source, DiagnosticCodes.NotAMunicipalGoal,
                $"{prefix}, men '{target.Id}' er den lokale plan for {owner.Name}. 'implements' peger på kommunens mål, " +
                "ikke på en anden institutions plan; skriv det kommunale mål, som begge planer omsætter.");
            return;
        }

        if (target.FindGoal(reference.GoalId) is null)
        {
            var goalIds = target.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
            var closest = FieldNames.Closest(reference.GoalId, goalIds);
            var hint = closest is null ? "Ret id'et til et af strategiens mål (se 'id' under 'goals' i dens focus-areas), eller fjern det." : $"Mente du '{target.Id}/{closest}'?";
            diagnostics.Error(reference.Source, DiagnosticCodes.UnknownReference,
                $"{prefix}, men målet '{reference.GoalId}' findes ikke i strategien '{target.Id}'. {hint}");
        }
    }

    /// <summary>The strategies a goal of <paramref name="strategy"/> may implement goals of.</summary>
    private static HashSet<string> MunicipalStrategyIds(Municipality municipality, Strategy strategy) =>
        municipality.Strategies.Where(s => s.Id != strategy.Id && !s.IsLocalPlan).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    private static string Example(Municipality municipality, Strategy strategy) =>
        municipality.Strategies.FirstOrDefault(s => s.Id != strategy.Id && !s.IsLocalPlan) is { } other
            && other.Goals.FirstOrDefault() is { } goal
            ? $"{other.Id}/{goal.Id}"
            : "digitaliseringsplan/laering-og-trivsel";
}
