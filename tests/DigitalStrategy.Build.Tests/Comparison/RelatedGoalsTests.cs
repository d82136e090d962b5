using DigitalStrategy.Benchmarks.Synthetic;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Build.Tests.Comparison;

/// <summary>
/// "Andre kommuners mål om det samme" on a goal page: a short list that reads the same however
/// many municipalities the site has, and is the same in every build.
/// </summary>
public sealed class RelatedGoalsTests : IClassFixture<RelatedGoalsTests.LargeSite>
{
    private readonly Site _site;

    public RelatedGoalsTests(LargeSite site) => _site = site.Site;

    private IEnumerable<(Strategy Strategy, Goal Goal)> GoalsWithThemes() =>
        _site.Strategies.SelectMany(s => s.Goals.Where(g => g.ThemeIds.Any()).Select(g => (s, g)));

    [Fact]
    public void Each_goal_lists_at_most_the_limit_from_other_municipalities_and_at_most_two_from_each()
    {
        foreach (var (strategy, goal) in GoalsWithThemes())
        {
            var related = _site.GoalsRelatedTo(goal, strategy, perMunicipality: 2, limit: 8);

            Assert.InRange(related.Count, 1, 8);
            Assert.All(related, r => Assert.NotEqual(strategy.MunicipalityId, r.Municipality.Id));
            Assert.All(related.GroupBy(r => r.Municipality.Id), g => Assert.InRange(g.Count(), 1, 2));
            Assert.All(related, r => Assert.Equal(
                r.Goal.ThemeIds.Intersect(goal.ThemeIds, StringComparer.Ordinal).Order(StringComparer.Ordinal),
                r.SharedThemes.Order(StringComparer.Ordinal)));
            Assert.All(related, r => Assert.NotEmpty(r.SharedThemes));
            Assert.Equal(related.OrderByDescending(r => r.SharedThemes.Length).Select(r => r.Goal), related.Select(r => r.Goal));
        }
    }

    [Fact]
    public void Different_goals_point_to_many_different_municipalities_not_always_the_first_ones()
    {
        var pointedTo = GoalsWithThemes()
            .SelectMany(x => _site.GoalsRelatedTo(x.Goal, x.Strategy, perMunicipality: 2, limit: 8))
            .Select(r => r.Municipality.Id)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(_site.Municipalities.Length, pointedTo.Count);
    }

    [Fact]
    public void The_list_is_the_same_when_the_site_is_loaded_again()
    {
        var again = LargeSite.Load(LargeSite.Folder);
        foreach (var (strategy, goal) in GoalsWithThemes().Take(200))
        {
            var otherStrategy = again.Municipalities.Single(m => m.Id == strategy.MunicipalityId).FindStrategy(strategy.Id)!;
            var otherGoal = otherStrategy.Goals.Single(g => g.Id == goal.Id);
            Assert.Equal(
                _site.GoalsRelatedTo(goal, strategy, 2, 8).Select(r => (r.Municipality.Id, r.Goal.Id)),
                again.GoalsRelatedTo(otherGoal, otherStrategy, 2, 8).Select(r => (r.Municipality.Id, r.Goal.Id)));
        }
    }

    /// <summary>Twelve synthetic municipalities: well over a window's worth of goals per theme.</summary>
    public sealed class LargeSite : IDisposable
    {
        public static readonly string Folder = Path.Combine(Path.GetTempPath(), "ds-related-" + Guid.NewGuid().ToString("N"));

        public LargeSite()
        {
            SyntheticSite.Generate(Folder, municipalities: 12, seed: 5);
            Site = Load(Folder);
        }

        public Site Site { get; }

        public static Site Load(string folder)
        {
            var diagnostics = new DiagnosticBag();
            var files = SourceReader.ReadAll(folder, "input", diagnostics);
            return ContentLoader.Load(files, "input", diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
