using DigitalStrategy.Content.Comparison;

namespace DigitalStrategy.Content.Tests.Comparison;

public sealed class TextSimilarityTests
{
    [Fact]
    public void The_same_text_scores_one()
    {
        Assert.Equal(1.0, TextSimilarity.Score("Kurser for skolernes Meebook spydspidser", "Kurser for skolernes Meebook spydspidser"), 10);
    }

    [Fact]
    public void Capitals_punctuation_and_whitespace_do_not_lower_the_score()
    {
        Assert.Equal(1.0, TextSimilarity.Score("Fortsat arbejde med Microbit på alle skoler.", "fortsat  arbejde med MICROBIT, på alle skoler"), 10);
        Assert.Equal(1.0, TextSimilarity.Score("3D-printere til alle skoler", "3D printere til alle skoler"), 10);
    }

    [Fact]
    public void A_letter_written_with_a_combining_mark_is_the_same_as_the_composed_letter()
    {
        Assert.Equal(1.0, TextSimilarity.Score("Kurser på Café Ø", "Kurser pa\u030A Cafe\u0301 Ø"), 10);
    }

    [Fact]
    public void Words_are_runs_of_letters_and_numbers_of_any_script_in_lower_case()
    {
        Assert.Equal("3d printere ½ ⅻ ærø straße", string.Join(' ', TextTokens.Words("3D-printere: ½ Ⅻ; ÆRØ, Straße!")));
    }

    [Fact]
    public void An_index_of_texts_scores_each_of_them_as_comparing_the_two_texts_does()
    {
        string[] previous = ["Kurser for lærere i Aula.", "Nye iPads til indskolingen", "", "Robotter roterer mellem skolerne"];
        string[] current = ["Kurser for pædagoger i Aula", "Nye iPads til udskolingen.", ""];
        var index = new SimilarityIndex([.. previous.Select(t => new ComparableText(t))]);

        foreach (var text in current)
        {
            var scores = index.Scores(new ComparableText(text));
            Assert.Equal(previous.Select(p => TextSimilarity.Score(p, text)), scores);
        }
    }

    [Fact]
    public void A_small_typo_keeps_the_texts_alike_and_counts_for_more_than_a_different_word()
    {
        const string Before = "Ole Sejer Iversen holder oplæg for lærere og skolepædagoger.";
        var typo = TextSimilarity.Score(Before, "Ole Sejr Iversen holder oplæg for lærere og skolepædagoger.");
        var otherName = TextSimilarity.Score(Before, "Ole Hansen Iversen holder oplæg for lærere og skolepædagoger.");

        Assert.True(typo > 0.85, $"score {typo}");
        Assert.True(typo > otherName, $"typo {typo}, other name {otherName}");
    }

    [Fact]
    public void A_clause_added_to_a_short_text_keeps_it_above_the_threshold()
    {
        var score = TextSimilarity.Score(
            "Udbygning af fælleskommunal samling af teknologiske læremidler",
            "Udbygning af fælleskommunal samling af teknologiske læremidler, bl.a. 3D-printere til alle skoler");

        Assert.True(score >= TextSimilarity.Threshold, $"score {score}");
        Assert.True(score < 1, $"score {score}");
    }

    [Fact]
    public void Different_actions_that_share_only_small_words_stay_below_the_threshold()
    {
        var score = TextSimilarity.Score(
            "Genforhandling af fælleskommunalt indkøb af fagportaler.",
            "Mulighed for kurser efter behov i brug af de indkøbte fagportaler");

        Assert.True(score < TextSimilarity.Threshold, $"score {score}");
    }

    [Fact]
    public void Texts_without_a_word_in_common_score_close_to_nothing()
    {
        var score = TextSimilarity.Score("Fortsat arbejde med Microbit på alle skoler", "Kursus i Aula for forældre");

        Assert.InRange(score, 0, 0.1);
    }

    [Fact]
    public void The_score_is_the_same_both_ways()
    {
        const string A = "Udrulning af Aula i kommunens dagtilbud";
        const string B = "Fortsat fokus på implementering af Aula i kommunens dagtilbud";

        Assert.Equal(TextSimilarity.Score(A, B), TextSimilarity.Score(B, A), 10);
    }

    [Fact]
    public void Empty_texts_are_alike_only_to_each_other()
    {
        Assert.Equal(1.0, TextSimilarity.Score("", " . "), 10);
        Assert.Equal(0.0, TextSimilarity.Score("", "Kursus i Aula for forældre"), 10);
        Assert.Equal(0.0, TextSimilarity.Score("Kursus i Aula for forældre", "–"), 10);
    }
}
