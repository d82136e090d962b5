using System.Collections.Immutable;
using System.Globalization;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads one goal of a focus area: statement, number, labelled texts, measurable targets and themes.</summary>
internal static class GoalReader
{
    public static Goal? Read(MappingReader fields, string focusAreaId, ImmutableArray<TargetGroup> focusAreaGroups)
    {
        var id = fields.RequiredString("id", "målets id (bruges i adressen)");
        var number = fields.OptionalString("number");
        var title = fields.RequiredString("title", "målet, som det står i strategien");
        var explanation = RichTexts.Block(fields.OptionalMarkdown("explanation"), fields.Diagnostics);
        var sections = ValidItems.Of(fields.MappingList("sections"), ReadSection);
        var targets = ValidItems.Of(fields.MappingList("targets"), ReadTarget);
        var themes = fields.StringList("themes").ToImmutableArray();
        var implements = fields.StringList("implements").Select(r => ReadReference(r, fields)).OfType<GoalReference>().ToImmutableArray();

        // Read even when absent, so that 'target_groups' counts as a known field and a misspelt
        // 'target_group' gets it suggested; only a goal that writes the field overrides the focus area.
        var ownGroups = FocusAreaLoader.ReadTargetGroups(fields);
        var groups = fields.Has("target_groups") ? ownGroups : focusAreaGroups;
        fields.ReportUnknownFields();

        var idIsValid = id is not null && Ids.Check(id, fields.LocationOf("id"), fields.Diagnostics);
        if (id is null || title is null || !idIsValid)
        {
            return null;
        }

        return new Goal(id, focusAreaId, number, title, explanation, sections, targets, groups, themes, implements, fields.LocationOf("id"));
    }

    /// <summary>
    /// A goal of another strategy, written "strategy-id/goal-id"; whether it exists is checked
    /// once every strategy is loaded (ImplementsValidator).
    /// </summary>
    private static GoalReference? ReadReference(Located<string> written, MappingReader fields)
    {
        var parts = written.Value.Split('/');
        if (parts is [var strategyId, var goalId] && Ids.IsValid(strategyId) && Ids.IsValid(goalId))
        {
            return new GoalReference(strategyId, goalId, written.Location);
        }

        fields.Error(written.Location, DiagnosticCodes.InvalidValue,
            $"'{written.Value}' kan ikke læses som et mål i 'implements'. Skriv id'et på kommunens strategi (mappens navn), " +
            "en skråstreg og målets id, fx 'digitaliseringsplan/laering-og-trivsel'.");
        return null;
    }

    private static LabelledText? ReadSection(MappingReader fields)
    {
        var title = fields.RequiredString("title", "afsnittets overskrift, fx 'Det betyder'");
        var text = RichTexts.Block(fields.RequiredMarkdown("text", "afsnittets tekst"), fields.Diagnostics);
        fields.ReportUnknownFields();
        return title is null || text is null ? null : new LabelledText(title, text);
    }

    private static MeasurableTarget? ReadTarget(MappingReader fields)
    {
        var who = fields.OptionalString("who");
        var what = RichTexts.Inline(fields.RequiredMarkdown("what", "hvad der skal nås"), fields.Diagnostics);
        var deadline = Timeframes.Read(fields, "deadline");
        var milestones = ValidItems.Of(fields.MappingList("milestones"), ReadMilestone);
        fields.ReportUnknownFields();
        return what is null ? null : new MeasurableTarget(who, what, deadline, milestones, fields.Location);
    }

    private static Milestone? ReadMilestone(MappingReader fields)
    {
        var when = Timeframes.Read(fields, "when");
        if (when is null)
        {
            fields.RequiredString("when", "hvornår delmålet skal være nået, fx '2016'");
        }

        var percentText = fields.OptionalString("percent");
        decimal? percent = null;
        if (percentText is not null)
        {
            if (decimal.TryParse(percentText.TrimEnd('%', ' '), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
            {
                percent = value;
            }
            else
            {
                fields.Error(fields.LocationOf("percent"), DiagnosticCodes.InvalidValue,
                    $"'{percentText}' er ikke en procentdel. Skriv et tal fra 0 til 100, fx 'percent: 40'.");
            }
        }

        var text = fields.OptionalString("text");
        fields.ReportUnknownFields();
        return when is null ? null : new Milestone(when, percent, text);
    }
}
