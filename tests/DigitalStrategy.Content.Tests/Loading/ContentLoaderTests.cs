using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Valid_input_loads_without_diagnostics()
    {
        var run = ContentRun.Of(SampleInput.Files());

        run.ExpectNoDiagnostics();
        Assert.NotNull(run.Site);
    }

    [Fact]
    public void Valid_input_loads_site_municipality_and_strategy()
    {
        var site = ContentRun.Of(SampleInput.Files()).LoadedSite;

        Assert.Equal("Digitale strategier for børn og unge", site.Settings.Title);
        Assert.Equal("Kommunernes strategier samlet ét sted.", site.Settings.Description);
        var municipality = Assert.Single(site.Municipalities);
        Assert.Equal("lemvig", municipality.Id);
        Assert.Equal("Lemvig Kommune", municipality.Name);
        var strategy = Assert.Single(municipality.Strategies);
        Assert.Equal("digitaliseringsplan", strategy.Id);
        Assert.Equal("lemvig", strategy.MunicipalityId);
        Assert.Equal("Digitaliseringsplan for 0-18 års-området", strategy.Title);
        Assert.Equal("Digitaliseringsplan", strategy.ShortTitle);
        Assert.Equal("Børne- og Ungeområdet", strategy.Owner);
        Assert.Equal(StrategyStatus.Current, strategy.Status);
        Assert.Equal("0-18 år", strategy.Scope.AgeRange);
        Assert.Equal<string>(["dagtilbud", "skole"], strategy.Scope.Areas);
    }

    [Fact]
    public void Focus_areas_come_in_file_name_order_with_their_goals_and_actions()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        // 01-paedagogisk-sigte.yml before 02-anvendelse-af-data.yml, although the ids sort the other way.
        Assert.Equal(["paedagogisk-sigte", "anvendelse-af-data"], strategy.FocusAreas.Select(f => f.Id));
        var first = strategy.FocusAreas[0];
        Assert.Equal("Pædagogisk sigte", first.Title);
        Assert.Equal("Planens pædagogiske sigte", first.Heading);
        Assert.Equal<string>(["Leg", "Læringsmiljøer"], first.Keywords);
        Assert.Equal(["nysgerrig-omgang", "brugere-og-skabere"], first.Goals.Select(g => g.Id));
        Assert.All(first.Goals, g => Assert.Equal("paedagogisk-sigte", g.FocusAreaId));
        Assert.Equal("Børn og unge møder teknologien nysgerrigt.", first.Goals[0].Title);
        Assert.Equal(
            ["nysgerrig-omgang", "brugere-og-skabere", "datainformeret-ledelse"],
            strategy.Goals.Select(g => g.Id));
    }

    [Fact]
    public void Actions_keep_their_goal_references_owner_and_timeframe()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        var action = Assert.Single(strategy.FocusAreas[0].Actions);
        Assert.Equal("konkrete-erfaringer", action.Id);
        Assert.Equal(new ActionPlace.InFocusArea("paedagogisk-sigte"), action.Place);
        Assert.Equal(["nysgerrig-omgang", "brugere-og-skabere"], action.GoalIds);
        var dashboard = Assert.Single(strategy.FocusAreas[1].Actions);
        Assert.Equal("Skoleafdelingen", dashboard.Owner);
        Assert.Equal(("løbende", TimeframeKind.Ongoing), (dashboard.Timeframe?.Text, dashboard.Timeframe?.Kind));
        Assert.Null(action.Owner);
        Assert.Null(action.Timeframe);
    }

    [Fact]
    public void Action_and_goal_texts_are_rendered_as_inline_markdown()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        var action = strategy.FocusAreas[0].Actions[0];
        Assert.Equal("Vi giver børn **konkrete** erfaringer med digitale værktøjer.", action.Text.Markdown);
        Assert.Equal("Vi giver børn <strong>konkrete</strong> erfaringer med digitale værktøjer.", action.Text.Html);
        var explanation = strategy.FocusAreas[0].Goals[0].Explanation;
        Assert.NotNull(explanation);
        Assert.Equal("<p>Det betyder, at vi <em>leger</em> med teknologien.</p>", explanation.Html);
    }

    [Fact]
    public void Goals_without_their_own_target_groups_inherit_those_of_the_focus_area()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Equal<TargetGroup>([TargetGroup.Children], strategy.FocusAreas[0].TargetGroups);
        Assert.Equal<TargetGroup>([TargetGroup.Children], strategy.FindGoal("nysgerrig-omgang")!.TargetGroups);
        Assert.Equal<TargetGroup>([TargetGroup.Children, TargetGroup.YoungPeople], strategy.FindGoal("brugere-og-skabere")!.TargetGroups);
        Assert.Equal<TargetGroup>([TargetGroup.Staff, TargetGroup.Leaders], strategy.FindGoal("datainformeret-ledelse")!.TargetGroups);
    }

    [Fact]
    public void Appendices_are_ordered_by_school_year_not_by_file_name()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Equal([new SchoolYear(2020), new SchoolYear(2021)], strategy.Appendices.Select(a => a.SchoolYear));
        Assert.Equal(["2020-21", "2021-22"], strategy.Appendices.Select(a => a.Id));
        var appendix = strategy.Appendices[1];
        Assert.Equal(2, appendix.Number);
        Assert.Equal("Konkrete handlinger 2021/22", appendix.Title);
        Assert.Equal(["2021-22-kursus", "2021-22-ipads"], appendix.Actions.Select(a => a.Id));
        var place = Assert.IsType<ActionPlace.InAppendix>(appendix.Actions[1].Place);
        Assert.Equal(new SchoolYear(2021), place.SchoolYear);
        Assert.Equal("udstyr", place.CategoryId);
    }

    [Fact]
    public void Appendix_actions_are_grouped_by_category_in_the_order_of_strategy_yml()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Equal(["kompetenceudvikling", "udstyr"], strategy.Categories.Select(c => c.Id));
        Assert.Equal("Kompetenceudvikling", strategy.FindCategory("kompetenceudvikling")!.Title);
        var groups = strategy.Appendices[1].ByCategory(strategy).ToList();
        Assert.Equal(["kompetenceudvikling", "udstyr"], groups.Select(g => g.Category.Id));
        Assert.Equal(["2021-22-ipads"], groups[1].Actions.Select(a => a.Id));

        // A category without actions that year is left out.
        Assert.Equal(["kompetenceudvikling"], strategy.Appendices[0].ByCategory(strategy).Select(g => g.Category.Id));
    }

    [Fact]
    public void Vocabulary_overrides_replace_only_the_words_that_are_written()
    {
        var vocabulary = ContentRun.Of(SampleInput.Files()).Strategy.Vocabulary;

        Assert.Equal(new Vocabulary("Sigte", "Sigter", "Sigtepunkt", "Sigtepunkter", "Handling", "Handlinger"), vocabulary);
    }

    [Fact]
    public void Vocabulary_defaults_to_the_common_words_when_the_strategy_sets_none()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """)));

        run.ExpectNoDiagnostics();
        Assert.Equal(new Vocabulary("Fokusområde", "Fokusområder", "Mål", "Mål", "Handling", "Handlinger"), run.Strategy.Vocabulary);
    }

    [Fact]
    public void Chapters_come_in_file_name_order_with_markdown_rendered_to_html()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Equal(["indledning", "vision"], strategy.Chapters.Select(c => c.Id));
        var chapter = strategy.Chapters[0];
        Assert.Equal("Indledning", chapter.Title);
        Assert.Equal("Hvad planen er.", chapter.Summary);
        Assert.Equal(
            "<h2>Baggrund</h2>\n<p>Planen har to dele:</p>\n<ul>\n<li>sigter</li>\n<li>handlinger</li>\n</ul>",
            chapter.Body.Html);
        Assert.DoesNotContain("---", chapter.Body.Markdown);
    }

    [Fact]
    public void Missing_site_yml_is_reported_and_no_site_is_built()
    {
        var run = ContentRun.Of(SampleInput.Without(SampleInput.Site));

        var diagnostic = run.Expect(DiagnosticCodes.MissingFile, "site.yml", 1, 1);
        Assert.Contains("title:", diagnostic.Message);
        Assert.Null(run.Site);
    }

    [Fact]
    public void Missing_municipality_yml_is_reported_at_the_file_it_should_be()
    {
        var run = ContentRun.Of(SampleInput.Without(SampleInput.Municipality));

        var diagnostic = run.Expect(DiagnosticCodes.MissingFile, SampleInput.Municipality, 1, 1);
        Assert.Contains("'lemvig'", diagnostic.Message);
        Assert.Contains("name:", diagnostic.Message);
    }

    [Fact]
    public void Missing_strategy_yml_is_reported_at_the_file_it_should_be()
    {
        var run = ContentRun.Of(SampleInput.Without(SampleInput.Strategy));

        var diagnostic = run.Expect(DiagnosticCodes.MissingFile, SampleInput.Strategy, 1, 1);
        Assert.Contains("'lemvig/digitaliseringsplan'", diagnostic.Message);
        Assert.Contains("title:", diagnostic.Message);
        Assert.Empty(run.LoadedSite.Strategies);
    }

    [Theory]
    [InlineData("lemvig/digitaliseringsplan/goals.yml")]
    [InlineData("lemvig/digitaliseringsplan/chapters/03-noter.yml")]
    [InlineData("lemvig/digitaliseringsplan/focus-areas/03-data.md")]
    [InlineData("lemvig/digitaliseringsplan/fokusomraader/01-data.yml")]
    [InlineData("lemvig/strategy.yml")]
    public void A_misplaced_file_gives_a_warning_but_no_error(string path)
    {
        var run = ContentRun.Of(SampleInput.With((path, "id: noget\n")));

        var diagnostic = run.Expect(DiagnosticCodes.UnexpectedFile, path, 1, 1, Severity.Warning);
        Assert.Contains("municipality.yml", diagnostic.Message);
        run.ExpectNoErrors();
    }

    [Fact]
    public void Every_error_of_a_run_is_reported_not_only_the_first()
    {
        var run = ContentRun.Of(
            SampleInput.With(
                (SampleInput.FocusArea1, """
                    id: paedagogisk-sigte
                    title: Pædagogisk sigte
                    goals:
                      - id: nysgerrig-omgang
                        title: Nysgerrig omgang
                        explanation: Forklaring
                        target_group: [børn]
                    actions:
                      - id: konkrete-erfaringer
                        text: Konkrete erfaringer
                        goals: [nysgerrig-omgng]
                    """),
                (SampleInput.FocusArea2, """
                    id: anvendelse-af-data
                    title: "Anvendelse af data
                    """),
                (SampleInput.Appendix2021, """
                    school_year: 2021/23
                    title: Konkrete handlinger
                    actions:
                      - id: 2021-22-kursus
                        category: kursus
                        text: Kursus
                    """),
                (SampleInput.Chapter2, "Vision uden felter.\n"),
                ("lemvig/digitaliseringsplan/chapters/03-ekstra.md", """
                    ---
                    id: Ekstra
                    title: Ekstra
                    ---
                    Tekst.
                    """)),
            new Dictionary<string, byte[]>
            {
                [SampleInput.StrategyFolder + "/focus-areas/03-kommunikation.yml"] =
                    [.. "id: kommunikation\ntitle: P"u8, 0xE6, .. "dagogisk\n"u8],
            });

        run.Expect(DiagnosticCodes.UnknownField, SampleInput.FocusArea1, 7, 5);
        run.Expect(DiagnosticCodes.UnknownReference, SampleInput.FocusArea1, 11, 13);
        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea2, 2, 8);
        run.Expect(DiagnosticCodes.InvalidSchoolYear, SampleInput.Appendix2021, 1, 14);
        run.Expect(DiagnosticCodes.MissingFrontMatter, SampleInput.Chapter2, 1, 1);
        run.Expect(DiagnosticCodes.InvalidId, "lemvig/digitaliseringsplan/chapters/03-ekstra.md", 2, 5);
        run.Expect(DiagnosticCodes.NotUtf8, SampleInput.StrategyFolder + "/focus-areas/03-kommunikation.yml", 2, 9);
    }

    [Fact]
    public void Errors_in_a_strategy_are_reported_even_when_municipality_yml_is_broken()
    {
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Municipality, "name: \"Lemvig Kommune\n"),
            (SampleInput.FocusArea1, """
                id: paedagogisk-sigte
                title: Pædagogisk sigte
                goals:
                  - id: nysgerrig-omgang
                    tittle: Nysgerrig omgang
                """)));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.Municipality, 1, 7);
        run.Expect(DiagnosticCodes.UnknownField, SampleInput.FocusArea1, 5, 5);
        run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea1, 4, 5);
    }

    [Fact]
    public void Errors_in_a_strategy_are_reported_even_when_municipality_yml_is_missing()
    {
        var files = SampleInput.Without(SampleInput.Municipality);
        files[SampleInput.FocusArea1] = """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
            goals:
              - id: Nysgerrig
                title: Nysgerrig omgang
            """;

        var run = ContentRun.Of(files);

        run.Expect(DiagnosticCodes.MissingFile, SampleInput.Municipality, 1, 1);
        run.Expect(DiagnosticCodes.InvalidId, SampleInput.FocusArea1, 4, 9);
    }

    [Fact]
    public void A_municipality_folder_that_is_not_a_valid_id_is_reported_with_a_suggestion()
    {
        var files = SampleInput.Files()
            .ToDictionary(p => p.Key.Replace("lemvig/", "Lemvig Kommune/", StringComparison.Ordinal), p => p.Value);

        var run = ContentRun.Of(files);

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, "Lemvig Kommune/municipality.yml", 1, 1);
        Assert.Contains("'lemvig-kommune'", diagnostic.Message);
    }
}
