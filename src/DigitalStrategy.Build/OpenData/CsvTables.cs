using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DigitalStrategy.Build.OpenData;

/// <summary>One column of a CSV file: its header, what it holds in plain Danish (shown on /data/), and its value for a row.</summary>
public sealed record CsvColumn<TRow>(string Name, string Description, Func<TRow, string?> Value);

public sealed record GoalRow(StrategyData Data, GoalData Goal);

public sealed record ActionRow(StrategyData Data, ActionData Action);

/// <summary>
/// The two CSV files of a strategy, flattened from its JSON data so that both say the same: one
/// row per goal, and one row per action (those of the annual appendices too). The same column list
/// writes the files and describes them on the open-data page, so the two cannot disagree.
/// Several values in one field are joined with "; ".
/// </summary>
public static class CsvTables
{
    public const string Separator = "; ";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static IReadOnlyList<CsvColumn<GoalRow>> GoalColumns { get; } =
    [
        new("municipality_id", "Kommunens id, som i sidens adresser.", r => r.Data.Municipality.Id),
        new("municipality_name", "Kommunens navn.", r => r.Data.Municipality.Name),
        new("strategy_id", "Strategiens id, som i sidens adresser.", r => r.Data.Strategy.Id),
        new("strategy_title", "Strategiens titel.", r => r.Data.Strategy.Title),
        new("focus_area_id", "Id for det fokusområde, målet hører til.", r => r.Goal.FocusAreaId),
        new("focus_area_title", "Fokusområdets titel.", r => FocusAreaTitle(r.Data, r.Goal.FocusAreaId)),
        new("goal_id", "Målets id. Det samme id står i handlingernes goal_ids.", r => r.Goal.Id),
        new("goal_number", "Målets nummer i strategien, hvis det har et (fx 4.1.1).", r => r.Goal.Number),
        new("goal_title", "Målet, som strategien formulerer det.", r => r.Goal.Title),
        new("explanation", "Forklaringen til målet, hvis der er en.", r => r.Goal.Explanation),
        new("target_groups", "Hvem målet er for: børn, unge, medarbejdere, forældre eller ledere.", r => Join(r.Goal.TargetGroups)),
        new("targets", "Målbare mål med frist og delmål, som strategien skriver dem.", r => Join(r.Goal.Targets.Select(TargetText))),
        new("target_deadlines", "Den sidste dag, hvert målbart mål og delmål skal være nået (ÅÅÅÅ-MM-DD).", r => Join(Deadlines(r.Goal))),
        new("theme_ids", "Id for de fælles temaer, målet handler om.", r => Join(r.Goal.ThemeIds)),
        new("theme_titles", "Navnene på de samme temaer.", r => Join(r.Goal.ThemeIds.Select(id => ThemeTitle(r.Data, id)))),
        new("action_ids", "Id for de handlinger, der understøtter målet, også dem i bilagene.", r => Join(r.Goal.ActionIds)),
        new("url", "Adressen på målets side.", r => r.Goal.Url),
    ];

    public static IReadOnlyList<CsvColumn<ActionRow>> ActionColumns { get; } =
    [
        new("municipality_id", "Kommunens id, som i sidens adresser.", r => r.Data.Municipality.Id),
        new("municipality_name", "Kommunens navn.", r => r.Data.Municipality.Name),
        new("strategy_id", "Strategiens id, som i sidens adresser.", r => r.Data.Strategy.Id),
        new("strategy_title", "Strategiens titel.", r => r.Data.Strategy.Title),
        new("action_id", "Handlingens id. Det er også ankeret i handlingens adresse.", r => r.Action.Id),
        new("text", "Handlingen, som strategien skriver den.", r => r.Action.Text),
        new("focus_area_id", "Id for det fokusområde, handlingen står under. Tom for handlinger i et bilag.", r => r.Action.FocusAreaId),
        new("focus_area_title", "Fokusområdets titel.", r => r.Action.FocusAreaId is { } id ? FocusAreaTitle(r.Data, id) : null),
        new("appendix_school_year", "Skoleåret for det bilag, handlingen står i (fx 2021/22). Tom for handlinger under et fokusområde.", r => r.Action.AppendixSchoolYear),
        new("category_id", "Id for bilagets kategori, som handlingen står under.", r => r.Action.CategoryId),
        new("category_title", "Kategoriens navn.", r => r.Action.CategoryId is { } id ? r.Data.Categories.FirstOrDefault(c => c.Id == id)?.Title : null),
        new("group", "Strategiens egen underoverskrift over handlingen, hvis den har en.", r => r.Action.Group),
        new("owner", "Hvem der er ansvarlig, som strategien skriver det.", r => r.Action.Owner),
        new("timeframe", "Tidsrammen, som strategien skriver den (fx medio 2017 eller løbende).", r => r.Action.Timeframe?.Text),
        new("timeframe_start", "Første dag i tidsrammen (ÅÅÅÅ-MM-DD), hvis den kan aflæses.", r => r.Action.Timeframe?.Start),
        new("timeframe_end", "Sidste dag i tidsrammen (ÅÅÅÅ-MM-DD), hvis den kan aflæses.", r => r.Action.Timeframe?.End),
        new("school_years", "De skoleår, handlingen hører til: bilagets skoleår eller dem, tidsrammen rækker over.", r => Join(r.Action.SchoolYears)),
        new("status", "Hvor langt handlingen er nået, som strategien skriver det.", r => r.Action.Status),
        new("new_or_continuing", "For handlinger i et bilag efter det første: new (ny i skoleåret) eller continuing (fortsætter fra skoleåret før).", r => r.Action.NewOrContinuing),
        new("continues_action_id", "Id for den handling fra skoleåret før, som handlingen fortsætter.", r => r.Action.ContinuesActionId),
        new("areas", "De områder, handlingen gælder (fx dagtilbud, skole).", r => Join(r.Action.Areas)),
        new("goal_ids", "Id for de mål, handlingen understøtter.", r => Join(r.Action.GoalIds)),
        new("goal_titles", "De samme mål, som strategien formulerer dem.", r => Join(r.Action.GoalIds.Select(id => r.Data.Goals.FirstOrDefault(g => g.Id == id)?.Title ?? id))),
        new("theme_ids", "Id for de fælles temaer, handlingen handler om.", r => Join(r.Action.ThemeIds)),
        new("theme_titles", "Navnene på de samme temaer.", r => Join(r.Action.ThemeIds.Select(id => ThemeTitle(r.Data, id)))),
        new("url", "Adressen, hvor handlingen står på sitet.", r => r.Action.Url),
    ];

    public static byte[] Goals(StrategyData data) =>
        Write(GoalColumns, data.Goals.Select(g => new GoalRow(data, g)));

    public static byte[] Actions(StrategyData data) =>
        Write(ActionColumns, data.Actions.Select(a => new ActionRow(data, a)));

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Write<TRow>(IReadOnlyList<CsvColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, [.. columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                CsvWriter.AppendField(text, columns[i].Value(row) ?? "");
            }

            CsvWriter.EndRecord(text);
        }

        return CsvWriter.Encode(text);
    }

    /// <summary>"Alle elever har en enhed (frist: med udgangen af 2017; delmål: 2016: 40 pct., 2017: 80 pct.)".</summary>
    private static string TargetText(TargetData target)
    {
        var text = string.Join(' ', new[] { target.Who, target.What }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var details = new List<string>();
        if (target.Deadline is { } deadline)
        {
            details.Add($"frist: {deadline.Text}");
        }

        if (!target.Milestones.IsEmpty)
        {
            details.Add("delmål: " + string.Join(", ", target.Milestones.Select(MilestoneText)));
        }

        return details.Count == 0 ? text : $"{text} ({string.Join(", ", details)})";
    }

    private static string MilestoneText(MilestoneData milestone)
    {
        var what = string.Join(' ', new[]
        {
            milestone.Percent is { } percent ? $"{percent.ToString(Danish)} pct." : null,
            milestone.Text,
        }.Where(s => s is not null));
        return what.Length == 0 ? milestone.When.Text : $"{milestone.When.Text}: {what}";
    }

    /// <summary>The days the targets and their steps fall due: the last day of each parsed deadline, in order.</summary>
    private static IEnumerable<string> Deadlines(GoalData goal) => goal.Targets
        .SelectMany(t => t.Milestones.Select(m => m.When).Append(t.Deadline))
        .Select(t => t?.End ?? t?.Start)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);

    private static string? FocusAreaTitle(StrategyData data, string id) => data.FocusAreas.FirstOrDefault(f => f.Id == id)?.Title;

    private static string ThemeTitle(StrategyData data, string id) => data.Themes.FirstOrDefault(t => t.Id == id)?.Title ?? id;

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values);
}
