using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>
/// The shapes the five real strategies need: numbered goals with labelled texts and measurable
/// targets, actions per area with owner, timeframe and status, themes, institutions, glossaries
/// and numbered document appendices; and the mistakes an editor can make with each.
/// </summary>
public sealed class SeedShapeTests
{
    private const string Goals = """
        id: anvendelse-af-data
        title: Anvendelse af data
        goals:
          - id: datainformeret-ledelse
            number: "4.1.1"
            title: Ledelsen bruger data til at udvikle skolerne.
            themes: [data]
            sections:
              - title: Det betyder
                text: |
                  - at vi måler
                  - at vi følger op
              - title: Det er vigtigt, fordi
                text: data giver viden.
            targets:
              - who: Alle lærere
                what: bruger læringsplatformen
                deadline: ultimo 2017
                milestones:
                  - when: "2016"
                    percent: 40
                  - when: "2017"
                    percent: 80
        actions:
          - id: dashboard
            text: Vi laver et fælles dashboard.
            owner: Skoleafdelingen
            timeframe: medio 2017
            area: skole
            status: er påbegyndt
            themes: [data, kompetenceudvikling]
            goals: [datainformeret-ledelse]
        """;

    [Fact]
    public void A_goal_keeps_its_number_labelled_texts_targets_and_themes()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, Goals)));

        run.ExpectNoDiagnostics();
        var goal = run.Strategy.FindGoal("datainformeret-ledelse")!;
        Assert.Equal("4.1.1", goal.Number);
        Assert.Equal(["Det betyder", "Det er vigtigt, fordi"], goal.Sections.Select(s => s.Title));
        Assert.Contains("<li>at vi måler</li>", goal.Sections[0].Text.Html, StringComparison.Ordinal);
        Assert.Equal(["data"], goal.ThemeIds);
        var target = Assert.Single(goal.Targets);
        Assert.Equal(("Alle lærere", "ultimo 2017", new DateOnly(2017, 12, 31)), (target.Who, target.Deadline!.Text, target.Deadline.End));
        Assert.Equal([40m, 80m], target.Milestones.Select(m => m.Percent));
        Assert.Equal(new DateOnly(2016, 1, 1), target.Milestones[0].When.Start);
    }

    [Fact]
    public void An_action_keeps_area_owner_status_themes_and_its_timeframe_as_written_and_as_dates()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, Goals)));

        var action = run.Strategy.Actions.Single(a => a.Id == "dashboard");
        Assert.Equal(["skole"], action.Areas.Select(a => a.Value));
        Assert.Equal(("Skoleafdelingen", "er påbegyndt"), (action.Owner, action.Status));
        Assert.Equal(["data", "kompetenceudvikling"], action.ThemeIds);
        Assert.Equal(("medio 2017", TimeframeKind.Period), (action.Timeframe!.Text, action.Timeframe.Kind));
        Assert.Equal(new DateOnly(2017, 7, 31), action.Timeframe.End);
    }

    [Fact]
    public void An_unknown_theme_or_area_is_reported_where_it_is_written_with_a_suggestion()
    {
        var yaml = Goals.Replace("themes: [data]", "themes: [dta]", StringComparison.Ordinal)
            .Replace("area: skole", "area: skoler", StringComparison.Ordinal);

        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, yaml)));

        Assert.Contains("Mente du 'data'?", run.Expect(DiagnosticCodes.UnknownReference, SampleInput.FocusArea2, 7, 14).Message, StringComparison.Ordinal);
        Assert.Contains("Mente du 'skole'?", run.Expect(DiagnosticCodes.UnknownReference, SampleInput.FocusArea2, 29, 11).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeframe_the_site_cannot_read_is_kept_as_written_with_a_warning()
    {
        var yaml = Goals.Replace("timeframe: medio 2017", "timeframe: når budgettet tillader det", StringComparison.Ordinal);

        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, yaml)));

        var warning = run.Expect(DiagnosticCodes.UnparsedTimeframe, SampleInput.FocusArea2, 28, 16, Severity.Warning);
        Assert.Contains("'når budgettet tillader det'", warning.Message, StringComparison.Ordinal);
        var action = run.Strategy.Actions.Single(a => a.Id == "dashboard");
        Assert.Equal(("når budgettet tillader det", TimeframeKind.Unparsed), (action.Timeframe!.Text, action.Timeframe.Kind));
    }

    [Fact]
    public void A_milestone_percent_out_of_range_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, Goals.Replace("percent: 80", "percent: 180", StringComparison.Ordinal))));

        Assert.Contains("0 til 100", run.Expect(DiagnosticCodes.InvalidValue, SampleInput.FocusArea2, 23, 22).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Institutions_are_read_and_a_strategy_covering_an_unknown_one_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Municipality, """
                name: Lemvig Kommune
                institutions:
                  - id: sprogcenter
                    name: Sprogcenter Lemvig
                """),
            (SampleInput.Strategy, """
                title: Digitaliseringsplan
                scope:
                  institutions: [sprogcenter, ungdomsskolen]
                """)));

        Assert.Equal("Sprogcenter Lemvig", run.LoadedSite.Municipalities[0].FindInstitution("sprogcenter")!.Name);
        Assert.Contains("'ungdomsskolen'", run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Strategy, 3, 31).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossaries_are_read_and_a_term_explained_twice_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With(
            ("glossary.yml", """
                terms:
                  - term: Aula
                    definition: Skolernes og dagtilbuddenes **fælles** kommunikationsplatform.
                  - term: PLC
                    definition: Pædagogisk læringscenter.
                    aliases: [læringscenter]
                """),
            (SampleInput.StrategyFolder + "/glossary.yml", """
                terms:
                  - term: Aula
                    definition: Den ene.
                  - term: aula
                    definition: Den anden.
                """)));

        Assert.Equal(["aula", "plc"], run.LoadedSite.Glossary.Select(t => t.Id));
        Assert.Equal(["læringscenter"], run.LoadedSite.Glossary[1].Aliases.ToArray());
        Assert.Contains("<strong>fælles</strong>", run.LoadedSite.Glossary[0].Definition.Html, StringComparison.Ordinal);
        run.Expect(DiagnosticCodes.DuplicateId, SampleInput.StrategyFolder + "/glossary.yml", 4, 11);
    }

    [Fact]
    public void Numbered_document_appendices_are_told_apart_from_the_text_and_a_number_used_twice_is_reported()
    {
        const string Appendix = """
            ---
            id: bilag-{0}
            title: Aftale {0}
            appendix: 1
            ---
            Tekst.
            """;
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.StrategyFolder + "/chapters/08-bilag-a.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Appendix, "a")),
            (SampleInput.StrategyFolder + "/chapters/09-bilag-b.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Appendix, "b"))));

        Assert.Equal(["indledning", "vision"], run.Strategy.TextChapters.Select(c => c.Id));
        Assert.Equal(2, run.Strategy.DocumentAppendices.Count());
        run.Expect(DiagnosticCodes.DuplicateId, SampleInput.StrategyFolder + "/chapters/09-bilag-b.md", 2, 5);
    }

    [Theory]
    [InlineData("2011-2015", null, "2026-01-01", StrategyStatus.Previous)]
    [InlineData("2016-2030", null, "2026-01-01", StrategyStatus.Current)]
    [InlineData("2011-2015", "gældende", "2026-01-01", StrategyStatus.Current)]
    public void A_strategy_whose_period_has_ended_is_an_earlier_one_unless_the_editor_says_otherwise(
        string period, string? status, string today, StrategyStatus expected)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, $"""
            title: Strategi
            period: {period}
            {(status is null ? "" : "status: " + status)}
            """)));

        Assert.Equal(expected, run.Strategy.StatusOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
