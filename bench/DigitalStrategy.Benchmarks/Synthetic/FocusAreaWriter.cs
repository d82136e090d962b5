namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Which fields a strategy's focus areas use, after the real plans: Lemvig's plain goals and
/// actions, Vejle's numbered goals with "Det betyder" sections, Aalborg's targets, Herning's
/// actions with owner, timeframe and area.
/// </summary>
public sealed record StrategyStyle(
    bool NumberedGoals,
    bool GoalSections,
    bool Targets,
    (int First, int Last)? Period,
    IReadOnlyList<string> Areas,
    bool ActionDetails,
    (int Min, int Max) GoalsPerFocusArea,
    (int Min, int Max) ActionsPerFocusArea);

/// <summary>A written focus area and the ids of its goals, for actions and local plans to name.</summary>
public sealed record WrittenFocusArea(string Id, string Title, IReadOnlyList<string> GoalIds);

/// <summary>Writes one focus-area file: the focus area, its goals and the actions written under it.</summary>
public sealed class FocusAreaWriter(Dice dice, DanishText text, IdSpace ids)
{
    private static readonly string[] Who = ["Alle lærere", "Alle pædagoger", "Alle elever", "Alle skoler", "Alle dagtilbud", "Alle ledere"];

    /// <param name="number">The focus area's place in the strategy, from 1.</param>
    /// <param name="earlierGoals">Goals of earlier focus areas, which actions may also serve.</param>
    /// <param name="municipalGoals">For a local plan: the municipal goals ("strategy/goal") its goals implement.</param>
    public WrittenFocusArea Write(
        string path, int number, FocusTopic topic, StrategyStyle style, IReadOnlyList<string> earlierGoals, IReadOnlyList<string> municipalGoals)
    {
        var id = ids.Claim(topic.Title);
        var yaml = new YamlText()
            .Field(0, "id", id)
            .Field(0, "title", topic.Title);
        if (dice.Chance(0.4))
        {
            yaml.Field(0, "heading", $"{topic.Title}: {text.Object()} {DanishWords.Endings[number % DanishWords.Endings.Length]}");
        }

        if (dice.Chance(0.6))
        {
            yaml.Block(0, "introduction", text.Paragraph(2, 5) + "\n\n" + text.Paragraph(1, 4));
        }

        yaml.Ids(0, "target_groups", dice.PickDistinct(Topics.TargetGroups, dice.Between(1, 2)));
        yaml.Line("keywords:");
        foreach (var keyword in topic.Keywords)
        {
            yaml.Item(2, keyword);
        }

        yaml.Line().Line("goals:");
        var goals = new List<string>();
        var goalCount = dice.Between(style.GoalsPerFocusArea.Min, style.GoalsPerFocusArea.Max);
        for (var g = 1; g <= goalCount; g++)
        {
            goals.Add(WriteGoal(yaml, $"{number}.{g}", topic, style, municipalGoals));
        }

        if (dice.Chance(0.3))
        {
            yaml.Line().Block(0, "actions_introduction", text.Paragraph(1, 3));
        }

        yaml.Line().Line("actions:");
        var grouped = style.ActionDetails && dice.Chance(0.4);
        for (var a = dice.Between(style.ActionsPerFocusArea.Min, style.ActionsPerFocusArea.Max); a > 0; a--)
        {
            WriteAction(yaml, topic, style, grouped, goals, earlierGoals);
        }

        File.WriteAllText(path, yaml.ToString());
        return new WrittenFocusArea(id, topic.Title, goals);
    }

    private string WriteGoal(YamlText yaml, string number, FocusTopic topic, StrategyStyle style, IReadOnlyList<string> municipalGoals)
    {
        var title = text.GoalTitle();
        var id = ids.Claim(title);
        yaml.Field(2, "- id", id);
        if (style.NumberedGoals)
        {
            yaml.Field(4, "number", number);
        }

        yaml.Field(4, "title", title);
        if (!style.GoalSections && dice.Chance(0.35))
        {
            yaml.Block(4, "explanation", text.Paragraph(2, 4));
        }

        if (style.GoalSections)
        {
            yaml.Line("    sections:")
                .Field(6, "- title", "Det betyder").Block(8, "text", "at " + text.Paragraph(1, 3))
                .Field(6, "- title", "Det er vigtigt, fordi").Block(8, "text", text.Paragraph(1, 3));
        }

        if (style.Targets && style.Period is var (first, last) && dice.Chance(0.5))
        {
            WriteTarget(yaml, first, last);
        }

        yaml.Ids(4, "themes", dice.PickDistinct(topic.Themes, dice.Between(1, topic.Themes.Count)));
        if (dice.Chance(0.2))
        {
            yaml.Ids(4, "target_groups", dice.PickDistinct(Topics.TargetGroups, dice.Between(1, 3)));
        }

        if (municipalGoals.Count > 0)
        {
            yaml.Ids(4, "implements", dice.PickDistinct(municipalGoals, dice.Between(1, 2)));
        }

        return id;
    }

    private void WriteTarget(YamlText yaml, int first, int last)
    {
        yaml.Line("    targets:")
            .Field(6, "- who", dice.Pick(Who))
            .Field(8, "what", $"{dice.Pick(DanishWords.Verbs).Present} {text.Object()}")
            .Field(8, "deadline", $"ultimo {Timeframes.Year(last)}")
            .Line("        milestones:");
        var percent = 0;
        for (var year = first; year <= last && percent < 100; year++)
        {
            percent = Math.Min(100, percent + dice.Between(15, 40));
            yaml.Field(10, "- when", Timeframes.Year(year))
                .Number(12, "percent", percent);
        }
    }

    private void WriteAction(
        YamlText yaml, FocusTopic topic, StrategyStyle style, bool grouped, IReadOnlyList<string> goals, IReadOnlyList<string> earlierGoals)
    {
        var actionText = text.ActionText();
        yaml.Field(2, "- id", ids.Claim(actionText))
            .Field(4, "text", actionText);
        var served = dice.PickDistinct(goals, dice.Between(1, Math.Min(3, goals.Count))).ToList();
        if (earlierGoals.Count > 0 && dice.Chance(0.2))
        {
            served.Add(dice.Pick(earlierGoals));
        }

        yaml.Ids(4, "goals", served);
        if (style.ActionDetails)
        {
            yaml.Field(4, "owner", dice.Pick(DanishWords.Owners));
            if (style.Areas.Count > 0 && dice.Chance(0.7))
            {
                yaml.Field(4, "area", dice.Pick(style.Areas));
            }

            if (dice.Chance(0.25))
            {
                yaml.Field(4, "status", dice.Pick(DanishWords.Statuses));
            }

            if (grouped)
            {
                yaml.Field(4, "group", dice.Pick(DanishWords.Groups));
            }
        }

        if (style.Period is var (first, last))
        {
            yaml.Field(4, "timeframe", Timeframes.Within(dice, first, last));
        }

        yaml.Ids(4, "themes", dice.PickDistinct(topic.Themes, dice.Between(1, topic.Themes.Count)));
    }
}
