using DigitalStrategy.Content.Comparison;

namespace DigitalStrategy.Content.Tests.Comparison;

public sealed class WordDiffTests
{
    private static DiffSegment Same(string text) => new(DiffKind.Same, text);

    private static DiffSegment Inserted(string text) => new(DiffKind.Inserted, text);

    private static DiffSegment Deleted(string text) => new(DiffKind.Deleted, text);

    // ImmutableArray compares by reference, so the segments are compared as an array.
    private static DiffSegment[] Diff(string before, string after) => [.. WordDiff.Compare(before, after)];

    [Fact]
    public void Identical_texts_are_one_unchanged_segment()
    {
        Assert.Equal(
            [Same("Fortsat arbejde med Microbit på alle skoler.")],
            Diff("Fortsat arbejde med Microbit på alle skoler.", "Fortsat arbejde med Microbit på alle skoler."));
    }

    [Fact]
    public void Two_empty_texts_have_no_segments()
    {
        Assert.Empty(Diff("", ""));
        Assert.Empty(Diff("  ", "\n"));
    }

    [Fact]
    public void A_text_compared_with_nothing_is_wholly_inserted_or_deleted()
    {
        Assert.Equal([Inserted("Nye iPads til indskolingen.")], Diff("", "Nye iPads til indskolingen."));
        Assert.Equal([Deleted("Nye iPads til indskolingen.")], Diff("Nye iPads til indskolingen.", ""));
    }

    [Fact]
    public void A_clause_added_at_the_end_is_one_insertion_with_its_comma()
    {
        Assert.Equal(
            [Same("Udbygning af fælleskommunal samling af teknologiske læremidler"), Inserted(", bl.a. 3D-printere til alle skoler")],
            Diff(
                "Udbygning af fælleskommunal samling af teknologiske læremidler",
                "Udbygning af fælleskommunal samling af teknologiske læremidler, bl.a. 3D-printere til alle skoler"));
    }

    [Fact]
    public void A_word_inserted_in_the_middle_keeps_the_spaces_around_it_readable()
    {
        Assert.Equal(
            [Same("Kurser for "), Inserted("alle "), Same("lærere.")],
            Diff("Kurser for lærere.", "Kurser for alle lærere."));
    }

    [Fact]
    public void Words_inserted_before_the_full_stop_stay_before_it()
    {
        Assert.Equal(
            [Same("Holder oplæg for lærere"), Inserted(" januar 2022"), Same(".")],
            Diff("Holder oplæg for lærere.", "Holder oplæg for lærere januar 2022."));
    }

    [Fact]
    public void A_word_deleted_at_the_start_takes_its_space_with_it()
    {
        Assert.Equal(
            [Deleted("Løbende "), Same("udskiftning af elevcomputere")],
            Diff("Løbende udskiftning af elevcomputere", "udskiftning af elevcomputere"));
    }

    [Fact]
    public void A_replaced_word_is_deleted_then_inserted_between_unchanged_spaces()
    {
        Assert.Equal(
            [Same("Ole "), Deleted("Sejer"), Inserted("Sejr"), Same(" Iversen holder oplæg.")],
            Diff("Ole Sejer Iversen holder oplæg.", "Ole Sejr Iversen holder oplæg."));
    }

    [Fact]
    public void A_change_of_capital_is_a_change_of_the_word()
    {
        Assert.Equal(
            [Deleted("Løbende udskiftning"), Inserted("Udskiftning"), Same(" af elevcomputere")],
            Diff("Løbende udskiftning af elevcomputere", "Udskiftning af elevcomputere"));
    }

    [Fact]
    public void A_removed_full_stop_is_the_only_change()
    {
        Assert.Equal(
            [Same("Fortsat arbejde med Microbit på alle skoler"), Deleted(".")],
            Diff("Fortsat arbejde med Microbit på alle skoler.", "Fortsat arbejde med Microbit på alle skoler"));
    }

    [Fact]
    public void A_word_replaced_by_a_comma_shows_both()
    {
        Assert.Equal(
            [Same("naturfag"), Deleted(" og"), Inserted(","), Same(" matematik"), Inserted(" samt humanistisk team"), Same(")")],
            Diff("naturfag og matematik)", "naturfag, matematik samt humanistisk team)"));
    }

    [Fact]
    public void A_word_with_a_hyphen_changes_as_a_whole()
    {
        Assert.Equal(
            [Same("kurser og "), Deleted("efter-videreuddannelser"), Inserted("efter-videreuddannelse"), Same(" for lærere")],
            Diff("kurser og efter-videreuddannelser for lærere", "kurser og efter-videreuddannelse for lærere"));
    }

    [Fact]
    public void Line_breaks_and_double_spaces_are_no_change()
    {
        Assert.Equal(
            [Same("Fortsat arbejde med Microbit")],
            Diff("Fortsat  arbejde\nmed Microbit ", " Fortsat arbejde med\tMicrobit"));
    }

    [Fact]
    public void A_single_shared_small_word_does_not_shred_a_rewritten_text()
    {
        // The longest common subsequence is just "og"; keeping it would give four changes around one word.
        Assert.Equal(
            [Deleted("Kurser i Aula og Meebook for lærere"), Inserted("Webinarer om data og dashboards til ledere")],
            Diff("Kurser i Aula og Meebook for lærere", "Webinarer om data og dashboards til ledere"));
    }

    [Fact]
    public void A_shared_phrase_is_kept_even_when_the_rest_is_rewritten()
    {
        var diff = Diff(
            "Automatisk oprettelse af medarbejdere og børn i Rambøll-systemet Hjernen og Hjertet",
            "Fortsat fokus på arbejdet med Rambøll Hjernen og Hjertet, herunder implementering af tilsynsmodul og forældreportal");

        Assert.Contains(Same(" Hjernen og Hjertet"), diff);
    }

    [Fact]
    public void An_emoji_is_changed_whole_even_when_two_emoji_share_their_first_half()
    {
        Assert.Equal(
            [Same("Kursus "), Deleted("🙂"), Inserted("🙁")],
            Diff("Kursus 🙂", "Kursus 🙁"));
    }

    public static TheoryData<string, string> Pairs => new()
    {
        { "Fortsat arbejde med Microbit på alle skoler.", "Fortsat arbejde med Microbit på alle skoler" },
        { "Ole Sejer Iversen, direktør for teknologiforståelsesfagsforsøget, holder oplæg for lærere og skolepædagoger.",
          "Ole Sejr Iversen, direktør for teknologiforståelsesforsøgsfaget, holder oplæg for lærere og skolepædagoger januar 2022." },
        { "Det treårige udviklingsprojekt ”En vedkommende didaktik” skydes i gang.", "Det treårige udviklingsprojekt ”Klima, Teknologi og (W)os” skydes i gang." },
        { "Udrulning af Aula i kommunens dagtilbud", "Fortsat fokus på udvikling af kompetencer i brug af Aula i kommunens dagtilbud, herunder billeddeling" },
        { "a b c d e f", "f e d c b a" },
        { "af og af og af", "og af og" },
        { "", "Kun ny tekst." },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_segments_spell_both_texts_and_are_merged(string before, string after)
    {
        var diff = Diff(before, after);

        Assert.Equal(before, string.Concat(diff.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(diff.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
        Assert.All(diff, s => Assert.NotEqual("", s.Text));
        Assert.All(diff.Zip(diff.Skip(1)), p => Assert.NotEqual(p.First.Kind, p.Second.Kind));
        Assert.All(diff.Zip(diff.Skip(1)), p => Assert.False(p.First.Kind == DiffKind.Inserted && p.Second.Kind == DiffKind.Deleted,
            "Within a change the deleted text comes first."));
    }
}
