using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Validation;

/// <summary>
/// Checks what no single file can check alone: that ids are unique within a strategy and that
/// every id one item uses to refer to another exists.
/// </summary>
public static class ReferenceValidator
{
    /// <summary>Words the site uses in a strategy's addresses, so chapters and focus areas cannot take them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds =
        new HashSet<string>(StringComparer.Ordinal) {
            "maal", "bilag", "print", "data", "soeg", "temaer", "assets", "ordforklaring", "tidslinje", "skoleaar", "institutioner",
        };

    public static void Validate(Site site, DiagnosticBag diagnostics)
    {
        // Each strategy is checked on its own, so the strategies are checked on all cores.
        diagnostics.AddInParallel(site.Strategies.ToList(), (strategy, found) =>
        {
            CheckUniqueIds(strategy, found);
            CheckReservedIds(strategy, found);
            CheckGoalReferences(strategy, found);
            CheckCategories(strategy, found);
            CheckSchoolYears(strategy, found);
            CheckContinuations(strategy, found);
        });

        TagValidator.Validate(site, diagnostics);
        ImplementsValidator.Validate(site, diagnostics);
    }

    private static void CheckUniqueIds(Strategy strategy, DiagnosticBag diagnostics)
    {
        // One namespace for everything in a strategy: pages and anchors never clash, and an
        // editor never has to know which kinds may share an id.
        var items = strategy.Chapters.Select(c => (c.Id, c.Source, Kind: "et kapitel"))
            .Concat(strategy.FocusAreas.Select(f => (f.Id, f.Source, Kind: $"et {strategy.Vocabulary.FocusArea.ToLowerInvariant()}")))
            .Concat(strategy.Goals.Select(g => (g.Id, g.Source, Kind: "et mål")))
            .Concat(strategy.Actions.Select(a => (a.Id, a.Source, Kind: "en handling")));
        var seen = new Dictionary<string, (SourceLocation Source, string Kind)>(StringComparer.Ordinal);
        foreach (var (id, source, kind) in items)
        {
            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Error(source, DiagnosticCodes.DuplicateId,
                    $"Id'et '{id}' er allerede brugt af {first.Kind} i {first.Source}. Hvert id må kun bruges én gang i en strategi; giv dette et andet id.");
            }
            else
            {
                seen[id] = (source, kind);
            }
        }
    }

    private static void CheckReservedIds(Strategy strategy, DiagnosticBag diagnostics)
    {
        var pages = strategy.Chapters.Select(c => (c.Id, c.Source)).Concat(strategy.FocusAreas.Select(f => (f.Id, f.Source)));
        foreach (var (id, source) in pages.Where(p => ReservedIds.Contains(p.Id)))
        {
            diagnostics.Error(source, DiagnosticCodes.ReservedId,
                $"Id'et '{id}' bruges af sitet selv i adresserne. Vælg et andet id, fx '{id}-1'.");
        }
    }

    private static void CheckGoalReferences(Strategy strategy, DiagnosticBag diagnostics)
    {
        var goalIds = strategy.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var action in strategy.Actions)
        {
            foreach (var reference in action.Goals.Where(r => !goalIds.Contains(r.Value)))
            {
                var closest = FieldNames.Closest(reference.Value, goalIds);
                var hint = closest is null
                    ? $"Ret id'et til et af strategiens mål, eller fjern det."
                    : $"Mente du '{closest}'?";
                diagnostics.Error(reference.Location, DiagnosticCodes.UnknownReference,
                    $"Handlingen '{action.Id}' peger på målet '{reference.Value}', som ikke findes i strategien '{strategy.Id}'. {hint}");
            }
        }
    }

    private static void CheckCategories(Strategy strategy, DiagnosticBag diagnostics)
    {
        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in strategy.Categories.Where(c => !categoryIds.Add(c.Id)))
        {
            diagnostics.Error(category.Source, DiagnosticCodes.DuplicateId,
                $"Kategorien '{category.Id}' står to gange i strategy.yml. Slet den ene.");
        }

        foreach (var action in strategy.Appendices.SelectMany(a => a.Actions))
        {
            if (action.Place is ActionPlace.InAppendix { CategoryId: var id } place && !categoryIds.Contains(id))
            {
                var known = categoryIds.Count == 0 ? "Strategien har ingen kategorier endnu; tilføj dem under 'categories' i strategy.yml." : $"Brug en af: {string.Join(", ", categoryIds.Order(StringComparer.Ordinal))}.";
                diagnostics.Error(place.CategorySource ?? action.Source, DiagnosticCodes.UnknownReference,
                    $"Handlingen '{action.Id}' har kategorien '{id}', som ikke findes. {known}");
            }
        }
    }

    private static void CheckSchoolYears(Strategy strategy, DiagnosticBag diagnostics)
    {
        foreach (var group in strategy.Appendices.GroupBy(a => a.SchoolYear).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.Source, DiagnosticCodes.DuplicateId,
                    $"Der er allerede et bilag for skoleåret {group.Key} i {first.Source}. Hvert skoleår har ét bilag.");
            }
        }
    }

    /// <summary>
    /// An action's <c>continues</c> must name an action of the appendix of the school year just
    /// before its own, and each of those actions can be carried on by only one action: the
    /// comparison of school years pairs each action at most once.
    /// </summary>
    private static void CheckContinuations(Strategy strategy, DiagnosticBag diagnostics)
    {
        var focusArea = strategy.Vocabulary.FocusArea.ToLowerInvariant();
        foreach (var action in strategy.FocusAreas.SelectMany(f => f.Actions).Where(a => a.Continues is not null))
        {
            diagnostics.Error(action.Continues!.Location, DiagnosticCodes.InvalidContinuation,
                $"Handlingen '{action.Id}' står under et {focusArea}, så den kan ikke bruge 'continues'. " +
                "Feltet bruges kun i bilagene for et skoleår, til at pege på den handling i bilaget for skoleåret før, som handlingen fortsætter. Fjern feltet.");
        }

        var actions = strategy.Actions.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var appendix in strategy.Appendices)
        {
            var year = appendix.SchoolYear;
            var previous = strategy.Appendices.FirstOrDefault(a => a.SchoolYear == year.Previous);
            var previousIds = previous?.Actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            var continuedBy = new Dictionary<string, StrategyAction>(StringComparer.Ordinal);
            foreach (var action in appendix.Actions)
            {
                if (action.Continues is not { Value: var id, Location: var location })
                {
                    continue;
                }

                if (!actions.TryGetValue(id, out var target))
                {
                    var closest = FieldNames.Closest(id, previousIds);
                    var hint = closest is not null ? $"Mente du '{closest}'?"
                        : previous is null ? "Ret id'et, eller fjern feltet."
                        : $"Skriv id'et på en handling i bilaget for skoleåret {year.Previous}, eller fjern feltet.";
                    diagnostics.Error(location, DiagnosticCodes.UnknownReference,
                        $"Handlingen '{action.Id}' fortsætter ('continues') handlingen '{id}', som ikke findes i strategien '{strategy.Id}'. {hint}");
                }
                else if (previous is null)
                {
                    diagnostics.Error(location, DiagnosticCodes.InvalidContinuation,
                        $"Handlingen '{action.Id}' fortsætter ('continues') handlingen '{id}', men strategien har intet bilag for skoleåret {year.Previous}, " +
                        $"året før {year}. 'continues' kan kun pege på en handling i bilaget for skoleåret lige før. Fjern feltet.");
                }
                else if (!previousIds.Contains(id))
                {
                    diagnostics.Error(location, DiagnosticCodes.InvalidContinuation,
                        $"Handlingen '{action.Id}' fortsætter ('continues') handlingen '{id}', men den står ikke i bilaget for skoleåret {year.Previous} " +
                        $"(den står i {target.Source}). 'continues' kan kun pege på en handling i bilaget for skoleåret lige før {year}.");
                }
                else if (!continuedBy.TryAdd(id, action))
                {
                    var first = continuedBy[id];
                    diagnostics.Error(location, DiagnosticCodes.InvalidContinuation,
                        $"Handlingen '{id}' bliver allerede fortsat af '{first.Id}' ({first.Continues!.Location}). " +
                        "En handling fra skoleåret før kan kun fortsættes af én handling; fjern 'continues' fra den ene.");
                }
            }
        }
    }
}
