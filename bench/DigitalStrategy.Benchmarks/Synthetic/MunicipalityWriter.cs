namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Writes one municipality folder: municipality.yml with its institutions, and three kinds of
/// strategy modelled on the real ones: a plan with annual appendices (Lemvig), a strategy with a
/// period, timeframes, targets and its own word list (Herning, Vejle, Aalborg), and local plans of
/// institutions whose goals implement the municipal goals. About 100 pages per municipality.
/// </summary>
public sealed class MunicipalityWriter(Dice dice, DanishText text)
{
    private sealed record Institution(string Id, string Name);

    public void Write(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var institutions = Institutions(dice.Between(2, 4));
        var yaml = new YamlText().Field(0, "name", name);
        if (dice.Chance(0.5))
        {
            yaml.Block(0, "description", $"{name} samler her sine planer for børn og unge. {text.Sentence()}");
        }

        yaml.Line("institutions:");
        foreach (var institution in institutions)
        {
            yaml.Field(2, "- id", institution.Id).Field(4, "name", institution.Name);
        }

        File.WriteAllText(Path.Combine(folder, "municipality.yml"), yaml.ToString());

        var municipalGoals = new List<string>();
        municipalGoals.AddRange(WriteAppendixPlan(folder, name).Select(g => "digitaliseringsplan/" + g));
        var (strategyId, goals) = WriteTimeframeStrategy(folder, institutions);
        municipalGoals.AddRange(goals.Select(g => strategyId + "/" + g));
        foreach (var institution in dice.PickDistinct(institutions, dice.Between(1, 2)))
        {
            WriteLocalPlan(folder, institution, municipalGoals);
        }
    }

    /// <summary>Like Lemvig's digitaliseringsplan: sigter and sigtepunkter, categories and an appendix per school year.</summary>
    private IEnumerable<string> WriteAppendixPlan(string municipalityFolder, string name)
    {
        var strategy = new StrategyWriter(dice, text, Path.Combine(municipalityFolder, "digitaliseringsplan"));
        var categories = dice.PickDistinct(Topics.Categories, dice.Between(3, 4));
        var yaml = new YamlText()
            .Field(0, "title", "Digitaliseringsplan for 0-18 års-området")
            .Field(0, "short_title", "Digitaliseringsplan")
            .Field(0, "summary", $"Med denne digitaliseringsplan er det ambitionen at skabe et digitalt sammenhængende 0-18 års-område i {name}. {text.Sentence()}")
            .Field(0, "owner", "Børne- og Ungeområdet")
            .Line("scope:")
            .Field(2, "age_range", "0-18 år")
            .Ids(2, "areas", ["dagtilbud", "skole"])
            .Field(0, "review", "Bilaget med konkrete handlinger opdateres årligt.")
            .Line("vocabulary:")
            .Field(2, "focus_area", "Sigte").Field(2, "focus_areas", "Sigter")
            .Field(2, "goal", "Sigtepunkt").Field(2, "goals", "Sigtepunkter")
            .Field(2, "action", "Handling").Field(2, "actions", "Handlinger")
            .Line("categories:");
        foreach (var (id, title) in categories)
        {
            yaml.Field(2, "- id", id).Field(4, "title", title);
        }

        strategy.WriteStrategyFile(yaml);
        var style = new StrategyStyle(false, false, false, null, [], false, (2, 4), (2, 4));
        var focusAreas = strategy.WriteFocusAreas(dice.Between(3, 5), style, []);
        strategy.WriteChapters(dice.Between(3, 5), withDocumentAppendix: false, focusAreas);
        var goals = focusAreas.SelectMany(f => f.GoalIds).ToList();
        new AppendixWriter(dice, text, strategy.Ids).Write(
            strategy.Folder, dice.Between(2018, 2022), dice.Between(3, 4), categories.Select(c => c.Id).ToList(), goals, (10, 18));
        return goals;
    }

    /// <summary>Like Herning's and Vejle's strategies: a period, numbered pejlemærker with sections and targets, dated actions.</summary>
    private (string Id, IReadOnlyList<string> Goals) WriteTimeframeStrategy(string municipalityFolder, IReadOnlyList<Institution> institutions)
    {
        var first = dice.Between(2012, 2022);
        var last = first + dice.Between(3, 4);
        var period = $"{first}-{last}";
        var id = $"it-strategi-{period}";
        var strategy = new StrategyWriter(dice, text, Path.Combine(municipalityFolder, id));
        var areas = dice.PickDistinct(Topics.Areas, dice.Between(2, 4));
        var yaml = new YamlText()
            .Field(0, "title", $"Fælles it-strategi for dagtilbud og skole {period}")
            .Field(0, "short_title", $"It-strategi {period}")
            .Field(0, "summary", text.Sentence())
            .Line("scope:")
            .Field(2, "age_range", "0-18 år")
            .Ids(2, "areas", areas)
            .Ids(2, "institutions", dice.PickDistinct(institutions, dice.Between(1, institutions.Count)).Select(i => i.Id).ToList())
            .Field(0, "period", period)
            .Block(0, "evaluation", text.Paragraph(2, 3))
            .Line("adoption:")
            .Field(2, "by", "Børne- og Familieudvalget")
            .Field(2, "date", $"juni {first}")
            .Line("vocabulary:")
            .Field(2, "goal", "Pejlemærke").Field(2, "goals", "Pejlemærker")
            .Field(2, "action", "Tiltag").Field(2, "actions", "Tiltag");
        strategy.WriteStrategyFile(yaml);
        var style = new StrategyStyle(true, dice.Chance(0.6), true, (first, last), areas, true, (3, 5), (3, 7));
        var focusAreas = strategy.WriteFocusAreas(dice.Between(4, 7), style, []);
        strategy.WriteChapters(dice.Between(4, 6), withDocumentAppendix: dice.Chance(0.5), focusAreas);
        strategy.WriteGlossary(dice.Between(5, 10));
        return (id, focusAreas.SelectMany(f => f.GoalIds).ToList());
    }

    /// <summary>An institution's own plan (`institution:`), whose goals say which municipal goals they implement.</summary>
    private void WriteLocalPlan(string municipalityFolder, Institution institution, IReadOnlyList<string> municipalGoals)
    {
        var strategy = new StrategyWriter(dice, text, Path.Combine(municipalityFolder, institution.Id + "-lokal-plan"));
        strategy.WriteStrategyFile(new YamlText()
            .Field(0, "title", $"{institution.Name}s lokale it-plan")
            .Field(0, "short_title", "Lokal it-plan")
            .Field(0, "summary", text.Sentence())
            .Field(0, "institution", institution.Id));
        var year = dice.Between(2020, 2023);
        var style = new StrategyStyle(false, false, false, (year, year + 1), [], true, (2, 3), (2, 4));
        var focusAreas = strategy.WriteFocusAreas(dice.Between(2, 3), style, municipalGoals);
        strategy.WriteChapters(dice.Between(1, 2), withDocumentAppendix: false, focusAreas);
    }

    private IReadOnlyList<Institution> Institutions(int count)
    {
        var ids = new IdSpace();
        var institutions = new List<Institution>();
        for (var i = 0; i < count; i++)
        {
            var town = dice.Pick(DanishWords.TownPrefixes) + dice.Pick(DanishWords.TownSuffixes);
            var name = dice.Pick(DanishWords.InstitutionKinds) switch
            {
                "skolen" => $"{town}skolen",
                "skole" => $"{town} Skole",
                var kind and ("Børnehuset" or "Børnehaven") => $"{kind} {dice.Pick(DanishWords.Flowers)}",
                var kind => $"{kind} {town}",
            };
            institutions.Add(new Institution(ids.Claim(name), name));
        }

        return institutions;
    }
}
