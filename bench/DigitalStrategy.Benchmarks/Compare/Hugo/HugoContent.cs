using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Benchmarks.Compare.Hugo;

/// <summary>
/// The Markdown files of the Hugo site, one per page of ours that the comparison covers, at the
/// same address: content/&lt;municipality&gt;/&lt;strategy&gt;/maal/&lt;goal&gt;.md is /&lt;municipality&gt;/&lt;strategy&gt;/maal/&lt;goal&gt;/.
/// Markdown stays Markdown (bodies and params), so Hugo renders it as we do.
/// </summary>
public static class HugoContent
{
    /// <summary>The taxonomy's name in content and addresses, as ours: /temaer/&lt;id&gt;/.</summary>
    public const string Themes = "temaer";

    /// <summary>Writes every content file under <paramref name="contentFolder"/>; returns how many.</summary>
    public static int Write(Site site, string contentFolder)
    {
        var files = 0;
        void Put(string relative, string text)
        {
            var file = Path.Combine(contentFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            files++;
        }

        Put("_index.md", new FrontMatter().Text("title", site.Settings.Title).Text("description", site.Settings.Description).WithBody(null));
        Put($"{Themes}/_index.md", new FrontMatter().Text("title", "Temaer").WithBody(null));
        foreach (var theme in site.Themes)
        {
            Put($"{Themes}/{theme.Id}/_index.md", new FrontMatter().Text("title", theme.Title).Text("description", theme.Description).WithBody(null));
        }

        foreach (var (municipality, index) in site.Municipalities.Select((m, i) => (m, i)))
        {
            Put($"{municipality.Id}/_index.md", MunicipalityPage(municipality, index + 1));
            foreach (var (strategy, strategyIndex) in municipality.Strategies.Select((s, i) => (s, i)))
            {
                var folder = $"{municipality.Id}/{strategy.Id}";
                Put($"{folder}/_index.md", StrategyPage(strategy, strategyIndex + 1));
                var weight = 0;
                foreach (var chapter in strategy.Chapters)
                {
                    Put($"{folder}/{chapter.Id}.md", new FrontMatter()
                        .Text("title", chapter.Title).Text("type", "chapter").Number("weight", ++weight).WithBody(chapter.Body.Markdown));
                }

                foreach (var focusArea in strategy.FocusAreas)
                {
                    Put($"{folder}/{focusArea.Id}.md", FocusAreaPage(focusArea, ++weight));
                }

                foreach (var focusArea in strategy.FocusAreas)
                {
                    foreach (var goal in focusArea.Goals)
                    {
                        Put($"{folder}/maal/{goal.Id}.md", GoalPage(municipality, strategy, goal, ++weight));
                    }
                }

                foreach (var appendix in strategy.Appendices.OrderBy(a => a.SchoolYear))
                {
                    Put($"{folder}/bilag/{appendix.Id}.md", AppendixPage(strategy, appendix, ++weight));
                }
            }
        }

        return files;
    }

    private static string MunicipalityPage(Municipality municipality, int weight) => new FrontMatter()
        .Text("title", municipality.Name).Text("type", "municipality").Number("weight", weight)
        .Records("institutions", municipality.Institutions, (record, institution) => record
            .Text("id", institution.Id).Text("name", institution.Name).Text("description", institution.Description?.Markdown))
        .WithBody(municipality.Description?.Markdown);

    private static string StrategyPage(Strategy strategy, int weight) => new FrontMatter()
        .Text("title", strategy.Title).Text("type", "strategy").Number("weight", weight)
        .Text("summary", strategy.Summary?.Markdown).Text("owner", strategy.Owner).Text("period", strategy.Period?.Text)
        .Text("evaluation", strategy.Evaluation?.Markdown)
        .WithBody(null);

    private static string FocusAreaPage(FocusArea focusArea, int weight) => new FrontMatter()
        .Text("title", focusArea.Title).Text("type", "focusarea").Number("weight", weight).Text("id", focusArea.Id)
        .Text("heading", focusArea.Heading)
        .Texts("targetgroups", focusArea.TargetGroups.Select(g => g.Label()))
        .Texts("keywords", focusArea.Keywords)
        .Text("actionsintroduction", focusArea.ActionsIntroduction?.Markdown)
        .Records("actions", focusArea.Actions, (record, action) => WriteAction(record, action).Texts("goals", action.GoalIds))
        .WithBody(focusArea.Introduction?.Markdown);

    /// <summary>
    /// A goal with the actions that serve it, each with its text, school years and owner. Which
    /// actions serve a goal, and their school years, are worked out here from our content model, not
    /// by Hugo: the export is not timed, and a Hugo site would keep them in its content too.
    /// </summary>
    private static string GoalPage(Municipality municipality, Strategy strategy, Goal goal, int weight) => new FrontMatter()
        .Text("title", goal.Title).Text("type", "goal").Number("weight", weight).Text("id", goal.Id).Text("number", goal.Number)
        .Text("municipality", municipality.Id).Text("strategy", strategy.Id).Text("focusarea", goal.FocusAreaId)
        .Texts("targetgroups", goal.TargetGroups.Select(g => g.Label()))
        .Texts(Themes, goal.ThemeIds)
        .Records("actions", strategy.ActionsServing(goal), (record, action) => WriteAction(record, action)
            .Text("years", SchoolYearsOf(strategy, action))
            .Text("url", SiteRoutes.Action(strategy, action)))
        .WithBody(GoalBody(goal));

    private static string AppendixPage(Strategy strategy, AnnualAppendix appendix, int weight)
    {
        var used = appendix.Actions.Select(CategoryOf).ToHashSet(StringComparer.Ordinal);
        return new FrontMatter()
            .Text("title", appendix.Title).Text("type", "appendix").Number("weight", weight)
            .Text("schoolyear", appendix.SchoolYear.ToString()).Text("number", appendix.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Text("note", appendix.Note?.Markdown)
            .Records("categories", strategy.Categories.Where(c => used.Contains(c.Id)), (record, category) => record.Text("id", category.Id).Text("title", category.Title))
            .Records("actions", appendix.Actions, (record, action) => WriteAction(record, action).Text("category", CategoryOf(action)).Texts("goals", action.GoalIds))
            .WithBody(null);
    }

    private static FrontMatter WriteAction(FrontMatter record, StrategyAction action) => record
        .Text("id", action.Id)
        .Text("text", action.Text.Markdown)
        .Text("owner", action.Owner)
        .Text("timeframe", action.Timeframe?.Text)
        .Text("status", action.Status)
        .Texts("themes", action.ThemeIds);

    /// <summary>The explanation and the goal's labelled texts, as our goal page shows them.</summary>
    private static string GoalBody(Goal goal) => string.Join("\n\n",
        new[] { goal.Explanation?.Markdown }.Concat(goal.Sections.Select(s => $"## {s.Title}\n\n{s.Text.Markdown}")).OfType<string>());

    /// <summary>As ours shows them: the appendix's year, or the first and last year an action's timeframe reaches.</summary>
    public static string? SchoolYearsOf(Strategy strategy, StrategyAction action)
    {
        if (action.Place is ActionPlace.InAppendix appendix)
        {
            return appendix.SchoolYear.ToString();
        }

        var years = strategy.SchoolYears.YearsOf(action).ToList();
        return years.Count switch
        {
            0 => null,
            1 => years[0].ToString(),
            _ => $"{years[0]}–{years[^1]}",
        };
    }

    private static string CategoryOf(StrategyAction action) => action.Place is ActionPlace.InAppendix p ? p.CategoryId : "";
}
