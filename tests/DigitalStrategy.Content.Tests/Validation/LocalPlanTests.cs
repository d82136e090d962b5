using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Validation;

/// <summary>
/// An institution's local plan ('institution' in strategy.yml) and goals that implement municipal
/// goals ('implements'): what the model answers, and every wrong reference reported at its place.
/// </summary>
public sealed class LocalPlanTests
{
    private const string LocalPlan = "lemvig/bakkeskolens-plan/strategy.yml";
    private const string LocalGoals = "lemvig/bakkeskolens-plan/focus-areas/01-undervisning.yml";
    private const string OtherLocalPlan = "lemvig/havbakkens-plan/strategy.yml";
    private const string OtherLocalGoals = "lemvig/havbakkens-plan/focus-areas/01-leg.yml";

    private static Dictionary<string, string> Files(string implements = "[digitaliseringsplan/brugere-og-skabere]", string institution = "bakkeskolen") =>
        SampleInput.With(
            (SampleInput.Municipality, """
                name: Lemvig Kommune
                institutions:
                  - id: bakkeskolen
                    name: Bakkeskolen
                  - id: havbakken
                    name: Havbakkens Børnehus
                """),
            (SampleInput.Strategy, """
                title: Digitaliseringsplan for 0-18 års-området
                scope:
                  institutions: [bakkeskolen, havbakken]
                categories:
                  - id: kompetenceudvikling
                    title: Kompetenceudvikling
                  - id: udstyr
                    title: Udstyr
                """),
            (LocalPlan, $"""
                title: Bakkeskolens digitale plan
                institution: {institution}
                """),
            (LocalGoals, $"""
                id: undervisning
                title: Undervisning
                goals:
                  - id: teknologi-i-timerne
                    title: Eleverne bygger og koder i timerne.
                    implements: {implements}
                  - id: skolebestyrelsen
                    title: Skolebestyrelsen følger planen.
                """),
            (OtherLocalPlan, """
                title: Havbakkens plan
                institution: havbakken
                """),
            (OtherLocalGoals, """
                id: leg
                title: Leg
                goals:
                  - id: leg-med-robotter
                    title: Børnene leger med robotter.
                    implements:
                      - digitaliseringsplan/nysgerrig-omgang
                      - digitaliseringsplan/brugere-og-skabere
                """));

    [Fact]
    public void A_local_plan_belongs_to_its_institution_and_its_goals_link_both_ways_to_municipal_goals()
    {
        var run = ContentRun.Of(Files());

        run.ExpectNoDiagnostics();
        var lemvig = Assert.Single(run.LoadedSite.Municipalities);
        var municipal = lemvig.FindStrategy("digitaliseringsplan")!;
        var local = lemvig.FindStrategy("bakkeskolens-plan")!;
        var bakkeskolen = lemvig.FindInstitution("bakkeskolen")!;
        Assert.False(municipal.IsLocalPlan);
        Assert.True(local.IsLocalPlan);
        Assert.Equal(bakkeskolen, lemvig.InstitutionOf(local));
        Assert.Null(lemvig.InstitutionOf(municipal));
        Assert.Equal([local], lemvig.LocalPlansOf(bakkeskolen));
        Assert.Equal([municipal], lemvig.StrategiesCovering(bakkeskolen));

        var implementing = lemvig.GoalsImplementing(municipal, municipal.FindGoal("brugere-og-skabere")!);
        Assert.Equal(
            ["bakkeskolens-plan/teknologi-i-timerne", "havbakkens-plan/leg-med-robotter"],
            implementing.Select(i => $"{i.Strategy.Id}/{i.Goal.Id}"));
        Assert.Empty(lemvig.GoalsImplementing(municipal, municipal.FindGoal("datainformeret-ledelse")!));

        var implemented = lemvig.GoalsImplementedBy(local.FindGoal("teknologi-i-timerne")!);
        Assert.Equal([new StrategyGoal(municipal, municipal.FindGoal("brugere-og-skabere")!)], implemented);
        var reference = Assert.Single(local.FindGoal("teknologi-i-timerne")!.Implements);
        Assert.Equal(new SourceLocation(ContentRun.Display(LocalGoals), 6, 18), reference.Source);
    }

    [Fact]
    public void A_local_plan_of_an_institution_the_municipality_does_not_have_is_reported_at_the_id()
    {
        var run = ContentRun.Of(Files(institution: "bakkeskole"));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, LocalPlan, 2, 14);
        Assert.Equal(
            "Strategien 'bakkeskolens-plan' er den lokale plan for institutionen 'bakkeskole', som ikke står under 'institutions' i lemvig/municipality.yml. Mente du 'bakkeskolen'?",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Theory]
    [InlineData("[brugere-og-skabere]")]
    [InlineData("[digitaliseringsplan/Brugere-og-skabere]")]
    [InlineData("[lemvig/digitaliseringsplan/brugere-og-skabere]")]
    public void A_reference_not_written_strategy_slash_goal_is_reported_with_the_form_spelled_out(string implements)
    {
        var run = ContentRun.Of(Files(implements));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, LocalGoals, 6, 18);
        Assert.Contains("kan ikke læses som et mål i 'implements'", diagnostic.Message);
        Assert.Contains("fx 'digitaliseringsplan/laering-og-trivsel'", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void A_reference_to_a_strategy_that_does_not_exist_suggests_the_closest_municipal_strategy()
    {
        var run = ContentRun.Of(Files("[digitaliseringsplanen/brugere-og-skabere]"));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, LocalGoals, 6, 18);
        Assert.Equal(
            "Målet 'teknologi-i-timerne' omsætter 'digitaliseringsplanen/brugere-og-skabere', men strategien 'digitaliseringsplanen' findes ikke i Lemvig Kommune. Mente du 'digitaliseringsplan'?",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void A_reference_to_a_goal_the_strategy_does_not_have_suggests_the_closest_goal()
    {
        var run = ContentRun.Of(Files("[digitaliseringsplan/brugere-og-skaber]"));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, LocalGoals, 6, 18);
        Assert.Equal(
            "Målet 'teknologi-i-timerne' omsætter 'digitaliseringsplan/brugere-og-skaber', men målet 'brugere-og-skaber' findes ikke i strategien 'digitaliseringsplan'. Mente du 'digitaliseringsplan/brugere-og-skabere'?",
            diagnostic.Message);
    }

    [Fact]
    public void A_goal_cannot_implement_a_goal_of_its_own_strategy()
    {
        var run = ContentRun.Of(Files("[bakkeskolens-plan/skolebestyrelsen]"));

        var diagnostic = run.Expect(DiagnosticCodes.NotAMunicipalGoal, LocalGoals, 6, 18);
        Assert.StartsWith("Målet 'teknologi-i-timerne' omsætter 'bakkeskolens-plan/skolebestyrelsen', men det er et mål i samme strategi.", diagnostic.Message);
        Assert.Contains("fx 'digitaliseringsplan/nysgerrig-omgang'", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void A_goal_cannot_implement_a_goal_of_another_institutions_local_plan()
    {
        var run = ContentRun.Of(Files("[havbakkens-plan/leg-med-robotter]"));

        var diagnostic = run.Expect(DiagnosticCodes.NotAMunicipalGoal, LocalGoals, 6, 18);
        Assert.StartsWith("Målet 'teknologi-i-timerne' omsætter 'havbakkens-plan/leg-med-robotter', men 'havbakkens-plan' er den lokale plan for Havbakkens Børnehus.", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void A_goal_named_twice_in_implements_is_reported_at_the_second()
    {
        var run = ContentRun.Of(Files("[digitaliseringsplan/brugere-og-skabere, digitaliseringsplan/brugere-og-skabere]"));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, LocalGoals, 6, 58);
        Assert.Contains($"første gang i {ContentRun.Display(LocalGoals)}(6,18)", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void Every_wrong_reference_of_a_run_is_reported_together()
    {
        var run = ContentRun.Of(Files("[digitaliseringsplan/findes-ikke, ukendt-plan/maal, bakkeskolens-plan/skolebestyrelsen]", institution: "ukendt"));

        Assert.Equal(
            [
                (DiagnosticCodes.UnknownReference, LocalGoals, 6),
                (DiagnosticCodes.UnknownReference, LocalGoals, 6),
                (DiagnosticCodes.NotAMunicipalGoal, LocalGoals, 6),
                (DiagnosticCodes.UnknownReference, LocalPlan, 2),
            ],
            run.Errors.Select(d => (d.Code, d.Location.Path[(ContentRun.DisplayRoot.Length + 1)..], d.Location.Line)).OrderBy(e => e.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public void A_strategy_folder_named_institutioner_is_reported_because_the_site_uses_that_address()
    {
        var files = Files();
        files["lemvig/institutioner/strategy.yml"] = "title: Institutionernes plan\n";

        var run = ContentRun.Of(files);

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, "lemvig/institutioner/strategy.yml", 1, 1);
        Assert.Contains("'institutioner'", diagnostic.Message);
    }
}
