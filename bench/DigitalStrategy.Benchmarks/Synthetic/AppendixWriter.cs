namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Writes annual appendices (appendices/YYYY-YY.yml) like Lemvig's: each school year's concrete
/// actions in the strategy's categories, ids prefixed with the school year. Actions return year
/// after year, some with the same wording, some reworded, and a few reworded so much that they say
/// which action they continue (`continues`), which is what the year-to-year comparison reads.
/// </summary>
public sealed class AppendixWriter(Dice dice, DanishText text, IdSpace ids)
{
    private sealed record YearAction(string Id, string Category, string Text);

    /// <param name="firstYear">The calendar year the first school year begins in.</param>
    public void Write(
        string strategyFolder, int firstYear, int years, IReadOnlyList<string> categories, IReadOnlyList<string> goals, (int Min, int Max) actionsPerYear)
    {
        var folder = Directory.CreateDirectory(Path.Combine(strategyFolder, "appendices")).FullName;
        var previous = new List<YearAction>();
        for (var i = 0; i < years; i++)
        {
            var year = firstYear + i;
            var schoolYear = Timeframes.SchoolYear(year);
            var yaml = new YamlText()
                .Field(0, "school_year", schoolYear)
                .Number(0, "number", i + 1)
                .Field(0, "title", $"Konkrete handlinger på digitaliseringsområdet {schoolYear}")
                .Field(0, "note", dice.Chance(0.7) ? "En oversigt over kommende skoleårs planlagte indsatsområder forelægges hvert år styregruppen." : null)
                .Line()
                .Line("actions:");
            var current = new List<YearAction>();
            foreach (var earlier in previous)
            {
                var fate = dice.Between(0, 19);
                if (fate < 8)
                {
                    // Returns with the same wording, or with a clause added: paired by similar wording.
                    var wording = fate < 5 ? earlier.Text : earlier.Text + " " + dice.Pick(DanishWords.Endings);
                    current.Add(WriteAction(yaml, year, earlier.Category, wording, goals, continues: null));
                }
                else if (fate == 8)
                {
                    current.Add(WriteAction(yaml, year, earlier.Category, text.AppendixLine(), goals, continues: earlier.Id));
                }
            }

            var fresh = Math.Max(1, dice.Between(actionsPerYear.Min, actionsPerYear.Max) - current.Count);
            for (var n = 0; n < fresh; n++)
            {
                current.Add(WriteAction(yaml, year, dice.Pick(categories), text.AppendixLine(), goals, continues: null));
            }

            File.WriteAllText(Path.Combine(folder, Timeframes.SchoolYear(year, '-') + ".yml"), yaml.ToString());
            previous = current;
        }
    }

    private YearAction WriteAction(YamlText yaml, int year, string category, string wording, IReadOnlyList<string> goals, string? continues)
    {
        var id = ids.Claim(Timeframes.SchoolYear(year, '-') + " " + wording, maxWords: 7);
        yaml.Field(2, "- id", id)
            .Field(4, "category", category)
            .Field(4, "text", wording);
        if (goals.Count > 0 && dice.Chance(0.75))
        {
            yaml.Ids(4, "goals", dice.PickDistinct(goals, dice.Between(1, 2)));
        }

        yaml.Ids(4, "themes", dice.PickDistinct(SharedFiles.ThemeIds, dice.Between(1, 2)))
            .Field(4, "continues", continues);
        return new YearAction(id, category, wording);
    }
}
