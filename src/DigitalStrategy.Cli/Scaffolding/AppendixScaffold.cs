using System.Text.RegularExpressions;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Cli.Scaffolding;

/// <summary>
/// The annual appendix of a new school year, started from the latest appendix before it: the
/// actions that go on are carried over with a new id and, when that appendix is of the year just
/// before, 'continues' naming the action they carry on (docs/content-model.md, "Comparing with the
/// previous school year"). An action goes on unless it is known to be finished: its timeframe ends
/// before the new school year begins, or its status says it is done.
/// </summary>
internal static partial class AppendixScaffold
{
    /// <param name="relativePath">Where the file goes, relative to input/ (for its modeline).</param>
    public static string Write(Strategy strategy, SchoolYear year, string relativePath)
    {
        var latest = strategy.Appendices.Where(a => a.SchoolYear.StartYear < year.StartYear).OrderBy(a => a.SchoolYear).LastOrDefault();
        var goesOn = latest?.Actions.Where(a => !IsFinished(a, year)).ToList() ?? [];
        var finished = latest?.Actions.Except(goesOn).ToList() ?? [];
        var continues = latest?.SchoolYear == year.Previous;
        var ids = NewIds(strategy, goesOn, latest, year);

        var yaml = new YamlWriter().Line(YamlSchemas.Modeline(relativePath)!);
        yaml.Comment(Header(strategy, year, latest, goesOn.Count, continues, finished)).Blank();
        yaml.Field("school_year", year.ToString());
        if (latest?.Number is { } number)
        {
            yaml.Number("number", number + 1);
        }

        yaml.Field("title", latest is null ? $"Konkrete handlinger {year}" : NewTitle(latest, year));
        if (latest?.Note is { } note)
        {
            yaml.Field("note", note.Markdown);
        }

        yaml.Blank();
        if (goesOn.Count == 0)
        {
            yaml.Key("actions").Comment($"- id: {year.Slug}-...\n  category: {strategy.Categories.FirstOrDefault()?.Id ?? "..."}\n  text: ...", indent: 2);
            return yaml.ToString();
        }

        yaml.Key("actions");
        string? category = null;
        foreach (var action in goesOn)
        {
            // A blank line between categories, as in the appendices editors write by hand.
            var next = (action.Place as ActionPlace.InAppendix)?.CategoryId;
            if (category is not null && next != category)
            {
                yaml.Blank();
            }

            category = next;
            WriteAction(yaml, action, ids[action], continues ? action.Id : null);
        }

        return yaml.ToString();
    }

    /// <summary>Whether the action is known to be done before <paramref name="year"/> begins.</summary>
    public static bool IsFinished(StrategyAction action, SchoolYear year) =>
        action.Timeframe is { IsParsed: true, End: { } end } && end < year.FirstDay
        || action.Status is { } status && FinishedStatus().IsMatch(status);

    private static void WriteAction(YamlWriter yaml, StrategyAction action, string id, string? continues)
    {
        yaml.Item("id", id, indent: 2);
        if (action.Place is ActionPlace.InAppendix place)
        {
            yaml.Field("category", place.CategoryId, indent: 4);
        }

        yaml.Field("text", action.Text.Markdown, indent: 4);
        if (continues is not null)
        {
            yaml.Field("continues", continues, indent: 4);
        }

        ListField(yaml, "goals", action.GoalIds);
        ListField(yaml, "themes", action.ThemeIds);
        ListField(yaml, "area", action.Areas.Select(a => a.Value));
        OptionalField(yaml, "owner", action.Owner);
        OptionalField(yaml, "timeframe", action.Timeframe?.Text);
        OptionalField(yaml, "status", action.Status);
        OptionalField(yaml, "group", action.Group);
    }

    private static void ListField(YamlWriter yaml, string key, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            yaml.List(key, list, indent: 4);
        }
    }

    private static void OptionalField(YamlWriter yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Field(key, value, indent: 4);
        }
    }

    private static string Header(Strategy strategy, SchoolYear year, AnnualAppendix? latest, int carried, bool continues, IReadOnlyList<StrategyAction> finished)
    {
        var categories = strategy.Categories.IsEmpty
            ? "Strategien har ingen kategorier endnu: tilføj dem under 'categories' i strategy.yml."
            : $"Kategorierne er: {string.Join(", ", strategy.Categories.Select(c => c.Id))}.";
        var lines = new List<string> { $"Bilaget for skoleåret {year}." };
        if (latest is null || latest.Actions.IsEmpty)
        {
            lines.Add("Skriv skoleårets handlinger under 'actions', hver med 'id', 'category' og 'text'.");
        }
        else if (carried > 0)
        {
            lines.Add((carried == 1 ? "Handlingen herunder er ført videre" : $"De {carried} handlinger herunder er ført videre") + $" fra bilaget for {latest.SchoolYear}"
                + (continues ? $", og 'continues' viser, hvilken handling {(carried == 1 ? "den" : "hver af dem")} fortsætter." : "."));
            lines.Add("- Slet de handlinger, der ikke fortsætter i år, og ret teksten i dem, der er ændret.");
            if (!continues)
            {
                lines.Add($"- Der er intet bilag for {year.Previous}, så sitet sammenligner ikke med året før.");
            }

            lines.Add("- Tilføj årets nye handlinger under 'actions', hver med 'id', 'category' og 'text'.");
        }
        else
        {
            lines.Add($"Alle handlinger i bilaget for {latest.SchoolYear} er afsluttet. Skriv årets handlinger under 'actions', hver med 'id', 'category' og 'text'.");
        }

        lines.AddRange(finished.Select(a => $"- Ikke ført videre, fordi den er afsluttet: {a.Id} ({(a.Status is not null && FinishedStatus().IsMatch(a.Status) ? $"status '{a.Status}'" : $"tidsramme '{a.Timeframe!.Text}'")})."));
        lines.Add(categories);
        lines.Add("Ret 'title' og 'number', hvis bilaget hedder noget andet i dokumentet.");
        lines.Add("Sådan gør du, trin for trin: docs/redaktoervejledning.md, afsnit 5. Kør 'check' bagefter.");
        return string.Join('\n', lines);
    }

    /// <summary>The latest title with its school year moved on, e.g. "Konkrete handlinger 2022/23" to "… 2023/24".</summary>
    private static string NewTitle(AnnualAppendix latest, SchoolYear year) => latest.Title
        .Replace(latest.SchoolYear.ToString(), year.ToString(), StringComparison.Ordinal)
        .Replace(latest.SchoolYear.Slug, year.Slug, StringComparison.Ordinal);

    /// <summary>
    /// The id of each carried action in the new year: the old year's prefix replaced by the new
    /// ("2022-23-microbit" becomes "2023-24-microbit"), or the new year put in front; made unique in
    /// the strategy, whose ids are one namespace.
    /// </summary>
    private static Dictionary<StrategyAction, string> NewIds(Strategy strategy, IEnumerable<StrategyAction> actions, AnnualAppendix? latest, SchoolYear year)
    {
        var taken = strategy.Chapters.Select(c => c.Id)
            .Concat(strategy.FocusAreas.Select(f => f.Id))
            .Concat(strategy.Goals.Select(g => g.Id))
            .Concat(strategy.Actions.Select(a => a.Id))
            .ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<StrategyAction, string>(ReferenceEqualityComparer.Instance);
        foreach (var action in actions)
        {
            var stem = latest is not null && action.Id.StartsWith(latest.SchoolYear.Slug + "-", StringComparison.Ordinal)
                ? action.Id[(latest.SchoolYear.Slug.Length + 1)..]
                : action.Id;
            var id = $"{year.Slug}-{stem}";
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{year.Slug}-{stem}-{n}";
            }

            ids[action] = id;
        }

        return ids;
    }

    /// <summary>Status words that say an action is done: "afsluttet", "Gennemført i foråret", "færdig", "udført".</summary>
    [GeneratedRegex(@"^\s*(?:er\s+)?(?:afsluttet|gennemført|færdig|udført)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinishedStatus();
}
