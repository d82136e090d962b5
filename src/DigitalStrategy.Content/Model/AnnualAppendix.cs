using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>The concrete actions of one school year (Bilag: Konkrete handlinger 2021/22).</summary>
public sealed record AnnualAppendix(
    SchoolYear SchoolYear,
    int? Number,
    string Title,
    RichText? Note,
    ImmutableArray<StrategyAction> Actions,
    SourceLocation Source)
{
    public string Id => SchoolYear.Slug;

    /// <summary>The date the editor wrote in 'updated', which "Sidst opdateret" shows instead of the file's last commit.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>The actions grouped by category, in the order the strategy declares its categories.</summary>
    public IEnumerable<(ActionCategory Category, ImmutableArray<StrategyAction> Actions)> ByCategory(Strategy strategy) =>
        strategy.Categories
            .Select(c => (c, Actions.Where(a => a.Place is ActionPlace.InAppendix p && p.CategoryId == c.Id).ToImmutableArray()))
            .Where(g => g.Item2.Length > 0);
}
