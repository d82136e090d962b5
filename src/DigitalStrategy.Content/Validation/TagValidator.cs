using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Validation;

/// <summary>
/// Checks the words items are tagged with against the lists they come from: themes against
/// input/themes.yml, areas against the strategy's scope, institutions (covered, or whose local plan
/// a strategy is) against the municipality,
/// and that no two chapters claim the same appendix number.
/// </summary>
internal static class TagValidator
{
    public static void Validate(Site site, DiagnosticBag diagnostics)
    {
        var themeIds = site.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        // Each municipality is checked against its own lists and the shared themes, on all cores.
        diagnostics.AddInParallel(site.Municipalities, (municipality, found) => Validate(municipality, themeIds, found));
    }

    private static void Validate(Municipality municipality, HashSet<string> themeIds, DiagnosticBag diagnostics)
    {
        var institutionIds = municipality.Institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        CheckDuplicates(municipality.Institutions.Select(i => (i.Id, i.Source)), diagnostics,
            (id, first) => $"Institutionen '{id}' findes allerede i {first}. Giv den et andet id, eller slet den ene.");
        foreach (var strategy in municipality.Strategies)
        {
            Check(strategy.Scope.Institutions, institutionIds, diagnostics,
                id => $"Strategien '{strategy.Id}' dækker institutionen '{id}', som ikke står under 'institutions' i {municipality.Id}/municipality.yml.");
            Check(strategy.InstitutionId is { } owner ? [owner] : [], institutionIds, diagnostics,
                id => $"Strategien '{strategy.Id}' er den lokale plan for institutionen '{id}', som ikke står under 'institutions' i {municipality.Id}/municipality.yml.");
            foreach (var goal in strategy.Goals.Where(g => !AllKnown(g.Themes, themeIds)))
            {
                Check(goal.Themes, themeIds, diagnostics, id => $"Målet '{goal.Id}' har temaet '{id}', som ikke står i themes.yml.");
            }

            var areas = strategy.Scope.Areas.ToHashSet(StringComparer.Ordinal);
            foreach (var action in strategy.Actions.Where(a => !AllKnown(a.Themes, themeIds) || !AllKnown(a.Areas, areas)))
            {
                Check(action.Themes, themeIds, diagnostics, id => $"Handlingen '{action.Id}' har temaet '{id}', som ikke står i themes.yml.");
                Check(action.Areas, areas, diagnostics,
                    id => $"Handlingen '{action.Id}' hører til området '{id}', som ikke står under 'scope: areas' i strategy.yml.");
            }

            CheckDuplicates(
                strategy.Chapters.Where(c => c.IsAppendix).Select(c => ($"{c.AppendixNumber}", c.Source)), diagnostics,
                (number, first) => $"Bilag {number} findes allerede i {first}. Giv kapitlet et andet nummer i 'appendix'.");
        }
    }

    /// <summary>Whether every reference is known; checked first, as nearly all are, so no message is prepared for them.</summary>
    private static bool AllKnown(ImmutableArray<Located<string>> references, IReadOnlySet<string> known)
    {
        foreach (var reference in references)
        {
            if (!known.Contains(reference.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(IEnumerable<Located<string>> references, IReadOnlySet<string> known, DiagnosticBag diagnostics, Func<string, string> problem)
    {
        foreach (var reference in references.Where(r => !known.Contains(r.Value)))
        {
            var closest = FieldNames.Closest(reference.Value, known);
            var hint = closest is not null ? $"Mente du '{closest}'?"
                : known.Count == 0 ? "Listen er tom."
                : $"Brug en af: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
            diagnostics.Error(reference.Location, DiagnosticCodes.UnknownReference, $"{problem(reference.Value)} {hint}");
        }
    }

    private static void CheckDuplicates(
        IEnumerable<(string Id, SourceLocation Source)> items, DiagnosticBag diagnostics, Func<string, SourceLocation, string> problem)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, source) in items)
        {
            if (!seen.TryAdd(id, source))
            {
                diagnostics.Error(source, DiagnosticCodes.DuplicateId, problem(id, seen[id]));
            }
        }
    }
}
