using DigitalStrategy.Content.Comparison;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Tests.Comparison;

public sealed class ActionComparisonTests
{
    private static readonly SourceLocation Somewhere = new("input/bilag.yml", 1, 1);

    private static StrategyAction Action(string id, string text, string? continues = null) =>
        new(id, new RichText(text, text), new ActionPlace.InAppendix(new SchoolYear(2021), "udstyr"),
            Owner: null, Timeframe: null, Areas: [], Status: null, Group: null, Goals: [], Themes: [],
            Continues: continues is null ? null : new Located<string>(continues, Somewhere), Source: Somewhere);

    private static IEnumerable<(string Previous, string Current, ContinuationMatch Match)> Pairs(ActionComparison comparison) =>
        comparison.Continued.Select(c => (c.Previous.Id, c.Current.Id, c.Match));

    [Fact]
    public void The_same_id_pairs_first_even_when_another_action_declares_it_and_the_text_changed()
    {
        var comparison = ActionComparison.Of(
            [Action("microbit", "Fortsat arbejde med Microbit på alle skoler.")],
            [Action("microbit", "Robotter på skolerne."), Action("nyt-microbit", "Fortsat arbejde med Microbit på alle skoler.", continues: "microbit")]);

        Assert.Equal([("microbit", "microbit", ContinuationMatch.SameId)], Pairs(comparison));
        Assert.Equal(["nyt-microbit"], comparison.New.Select(a => a.Id));
        Assert.Empty(comparison.Dropped);
    }

    [Fact]
    public void A_declared_continuation_beats_an_identical_text()
    {
        var comparison = ActionComparison.Of(
            [Action("2020-21-microbit", "Fortsat arbejde med Microbit på alle skoler.")],
            [Action("2021-22-microbit", "Fortsat arbejde med Microbit på alle skoler."), Action("2021-22-robotter", "Robotter roterer mellem skolerne.", continues: "2020-21-microbit")]);

        Assert.Equal([("2020-21-microbit", "2021-22-robotter", ContinuationMatch.Declared)], Pairs(comparison));
        Assert.Equal(["2021-22-microbit"], comparison.New.Select(a => a.Id));
    }

    [Fact]
    public void A_declared_continuation_is_honoured_when_the_texts_have_nothing_in_common()
    {
        var comparison = ActionComparison.Of(
            [Action("2021-22-rundtur", "IT-koordinatoren tager på rundtur.")],
            [Action("2022-23-robotter", "Robotter roterer mellem skolerne.", continues: "2021-22-rundtur")]);

        var continued = Assert.Single(comparison.Continued);
        Assert.Equal(ContinuationMatch.Declared, continued.Match);
        Assert.True(continued.WordingChanged);
        Assert.Equal(
            [
                new DiffSegment(DiffKind.Deleted, "IT-koordinatoren tager på rundtur"),
                new DiffSegment(DiffKind.Inserted, "Robotter roterer mellem skolerne"),
                new DiffSegment(DiffKind.Same, "."),
            ],
            continued.Diff.ToArray());
        Assert.Empty(comparison.New);
        Assert.Empty(comparison.Dropped);
    }

    [Fact]
    public void A_declared_id_that_is_not_among_the_previous_actions_pairs_nothing()
    {
        var comparison = ActionComparison.Of(
            [Action("2021-22-rundtur", "IT-koordinatoren tager på rundtur.")],
            [Action("2022-23-robotter", "Robotter roterer mellem skolerne.", continues: "2019-20-rundtur")]);

        Assert.Empty(comparison.Continued);
        Assert.Equal(["2022-23-robotter"], comparison.New.Select(a => a.Id));
        Assert.Equal(["2021-22-rundtur"], comparison.Dropped.Select(a => a.Id));
    }

    [Fact]
    public void Similar_texts_pair_the_best_pair_first_rather_than_the_first_action_with_its_best()
    {
        const string ForTeachersAndEducators = "Kurser i Meebook for lærere og pædagoger";
        const string ForTeachers = "Kurser i Meebook for lærere";
        const string ForEducators = "Kurser i Meebook for pædagoger";

        // The first current action is a little closer to the second previous one, which the second current action repeats exactly.
        Assert.True(TextSimilarity.Score(ForTeachersAndEducators, ForEducators) > TextSimilarity.Score(ForTeachersAndEducators, ForTeachers));

        var comparison = ActionComparison.Of(
            [Action("p-laerere", ForTeachers), Action("p-paedagoger", ForEducators)],
            [Action("c-begge", ForTeachersAndEducators), Action("c-paedagoger", ForEducators)]);

        Assert.Equal(
            [("p-laerere", "c-begge", ContinuationMatch.SimilarText), ("p-paedagoger", "c-paedagoger", ContinuationMatch.SimilarText)],
            Pairs(comparison));
    }

    [Fact]
    public void Each_previous_action_is_carried_on_by_at_most_one_action_and_ties_go_to_the_first()
    {
        var comparison = ActionComparison.Of(
            [Action("2020-21-microbit", "Fortsat arbejde med Microbit på alle skoler.")],
            [Action("2021-22-microbit-a", "Fortsat arbejde med Microbit på alle skoler."), Action("2021-22-microbit-b", "Fortsat arbejde med Microbit på alle skoler.")]);

        Assert.Equal([("2020-21-microbit", "2021-22-microbit-a", ContinuationMatch.SimilarText)], Pairs(comparison));
        Assert.Equal(["2021-22-microbit-b"], comparison.New.Select(a => a.Id));
    }

    [Fact]
    public void Texts_below_the_threshold_are_new_and_dropped()
    {
        var comparison = ActionComparison.Of(
            [Action("2020-21-fagportaler", "Genforhandling af fælleskommunalt indkøb af fagportaler.")],
            [Action("2021-22-fagportaler", "Mulighed for kurser efter behov i brug af de indkøbte fagportaler")]);

        Assert.Empty(comparison.Continued);
        Assert.Equal(["2021-22-fagportaler"], comparison.New.Select(a => a.Id));
        Assert.Equal(["2020-21-fagportaler"], comparison.Dropped.Select(a => a.Id));
    }

    [Fact]
    public void Only_capitals_punctuation_or_spacing_changed_is_not_a_changed_wording_but_the_diff_shows_it()
    {
        var comparison = ActionComparison.Of(
            [Action("a", "Fortsat arbejde med Microbit på alle skoler.")],
            [Action("b", "fortsat arbejde  med Microbit, på alle skoler")]);

        var continued = Assert.Single(comparison.Continued);
        Assert.False(continued.WordingChanged);
        Assert.Contains(continued.Diff, s => s.Kind == DiffKind.Deleted);
    }

    [Fact]
    public void A_changed_word_is_a_changed_wording()
    {
        var comparison = ActionComparison.Of(
            [Action("a", "Kurser for skolernes Meebook spydspidser")],
            [Action("b", "Webinarer for skolernes Meebook spydspidser")]);

        Assert.True(Assert.Single(comparison.Continued).WordingChanged);
    }

    [Fact]
    public void Results_follow_the_order_of_the_documents_whatever_the_order_of_matching()
    {
        var comparison = ActionComparison.Of(
            [
                Action("p-aula", "Udrulning af Aula i kommunens dagtilbud"),
                Action("p-trivsel", "Fællesskabsteamet arbejder med elevtrivsel i afstandstider."),
                Action("p-microbit", "Fortsat arbejde med Microbit på alle skoler."),
                Action("p-meebook", "Kurser for skolernes Meebook spydspidser"),
                Action("p-fagportaler", "Genforhandling af fælleskommunalt indkøb af fagportaler."),
            ],
            [
                Action("c-dreambroker", "Børne- og Familiecentret anvender programmet Dreambroker."),
                Action("c-meebook", "Kurser for skolernes Meebook spydspidser"),
                Action("c-teams", "Skærpelse af den digitale kanalstrategi", continues: "p-fagportaler"),
                Action("c-aula", "Fortsat fokus på implementering af Aula i kommunens dagtilbud"),
                Action("c-seminar", "12-12 seminar for skoleledelser"),
                Action("p-microbit", "Fortsat arbejde med Microbit på alle skoler"),
            ]);

        Assert.Equal(
            [
                ("p-meebook", "c-meebook", ContinuationMatch.SimilarText),
                ("p-fagportaler", "c-teams", ContinuationMatch.Declared),
                ("p-aula", "c-aula", ContinuationMatch.SimilarText),
                ("p-microbit", "p-microbit", ContinuationMatch.SameId),
            ],
            Pairs(comparison));
        Assert.Equal(["c-dreambroker", "c-seminar"], comparison.New.Select(a => a.Id));
        Assert.Equal(["p-trivsel"], comparison.Dropped.Select(a => a.Id));
    }

    [Fact]
    public void Comparing_with_no_previous_actions_makes_everything_new()
    {
        var comparison = ActionComparison.Of([], [Action("a", "Kursus i Aula for forældre.")]);

        Assert.Equal(["a"], comparison.New.Select(a => a.Id));
        Assert.Empty(comparison.Continued);
        Assert.Empty(comparison.Dropped);
    }

    [Fact]
    public void Comparing_with_no_current_actions_drops_everything()
    {
        var comparison = ActionComparison.Of([Action("a", "Kursus i Aula for forældre.")], []);

        Assert.Equal(["a"], comparison.Dropped.Select(a => a.Id));
        Assert.Empty(comparison.New);
    }
}
