using DigitalStrategy.Content.Comparison;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Tests.Comparison;

/// <summary>The comparison of school years on Lemvig's real appendices in input/, as the site will show it.</summary>
public sealed class LemvigAppendicesComparisonTests
{
    private static readonly Lazy<Strategy> Plan = new(LoadPlan);

    private static ActionComparison Compare(int previousStartYear) =>
        ActionComparison.Of(Appendix(previousStartYear), Appendix(previousStartYear + 1));

    private static AnnualAppendix Appendix(int startYear) =>
        Assert.Single(Plan.Value.Appendices, a => a.SchoolYear == new SchoolYear(startYear));

    private static Strategy LoadPlan()
    {
        var diagnostics = new DiagnosticBag();
        var files = SourceReader.ReadAll(RepositoryPaths.Input, "input", diagnostics);
        var site = ContentLoader.Load(files, "input", diagnostics);
        Assert.NotNull(site);
        return site.Municipalities.Single(m => m.Id == "lemvig").Strategies.Single(s => s.Id == "digitaliseringsplan");
    }

    [Fact]
    public void Microbit_continues_into_2021_22_with_only_the_full_stop_gone()
    {
        var microbit = Assert.Single(Compare(2020).Continued, c => c.Current.Id == "2021-22-microbit");

        Assert.Equal("2020-21-microbit", microbit.Previous.Id);
        Assert.Equal("Fortsat arbejde med Microbit på alle skoler.", microbit.Previous.Text.PlainText);
        Assert.False(microbit.WordingChanged);
        Assert.Equal(
            [new DiffSegment(DiffKind.Same, "Fortsat arbejde med Microbit på alle skoler"), new DiffSegment(DiffKind.Deleted, ".")],
            microbit.Diff.ToArray());
    }

    [Fact]
    public void The_3d_printers_continue_the_technological_teaching_aids_with_a_clause_added()
    {
        var printers = Assert.Single(Compare(2020).Continued, c => c.Current.Id == "2021-22-3d-printere");

        Assert.Equal("2020-21-teknologiske-laeremidler", printers.Previous.Id);
        Assert.Equal(ContinuationMatch.SimilarText, printers.Match);
        Assert.True(printers.WordingChanged);
        Assert.Equal(
            [
                new DiffSegment(DiffKind.Same, "Udbygning af fælleskommunal samling af teknologiske læremidler"),
                new DiffSegment(DiffKind.Inserted, ", bl.a. 3D-printere til alle skoler"),
            ],
            printers.Diff.ToArray());
    }

    [Fact]
    public void Microbit_is_dropped_in_2022_23()
    {
        var comparison = Compare(2021);

        Assert.Contains("2021-22-microbit", comparison.Dropped.Select(a => a.Id));
        Assert.DoesNotContain(comparison.Continued, c => c.Previous.Id == "2021-22-microbit");
    }

    [Fact]
    public void The_whole_matching_of_2020_21_and_2021_22_is_the_reviewed_one()
    {
        var comparison = Compare(2020);

        Assert.Equal(
            [
                ("2020-21-forberede-udviklingsprojekt", "2021-22-udviklingsprojekt-skydes-i-gang", ContinuationMatch.SimilarText, true),
                ("2020-21-oplaeg-ole-sejer-iversen", "2021-22-oplaeg-ole-sejr-iversen", ContinuationMatch.SimilarText, true),
                ("2020-21-teknologiforstaaelse-i-klimaperspektiv", "2021-22-teknologiforstaaelse-i-klimaperspektiv", ContinuationMatch.SimilarText, false),
                ("2020-21-samarbejde-med-via-cfu", "2021-22-samarbejde-med-via-cfu", ContinuationMatch.SimilarText, true),
                ("2020-21-samarbejde-med-klimatorium", "2021-22-samarbejde-med-klimatorium", ContinuationMatch.SimilarText, false),
                ("2020-21-udskiftning-af-elevcomputere", "2021-22-udskiftning-af-computere", ContinuationMatch.SimilarText, true),
                ("2020-21-teknologiske-laeremidler", "2021-22-3d-printere", ContinuationMatch.SimilarText, true),
                ("2020-21-microbit", "2021-22-microbit", ContinuationMatch.SimilarText, false),
                ("2020-21-aula-i-dagtilbud", "2021-22-aula-i-dagtilbud", ContinuationMatch.SimilarText, true),
                ("2020-21-meebook-spydspidser", "2021-22-meebook-spydspidser", ContinuationMatch.SimilarText, false),
            ],
            comparison.Continued.Select(c => (c.Previous.Id, c.Current.Id, c.Match, c.WordingChanged)));
        Assert.Equal(
            [
                "2021-22-praktikernetvaerk", "2021-22-seminar-om-datainformeret-ledelse", "2021-22-rundtur-paa-skolerne",
                "2021-22-webinarer-og-kompetenceudvikling", "2021-22-sparringsforum-for-tosprogede", "2021-22-ssp-digitalt-liv",
                "2021-22-dreambroker", "2021-22-kurser-i-fagportaler", "2021-22-digital-kanalstrategi",
                "2021-22-sammenhaeng-mellem-datasystemer", "2021-22-hjernen-og-hjertet", "2021-22-fit-feedback",
            ],
            comparison.New.Select(a => a.Id));
        Assert.Equal(
            ["2020-21-elevtrivsel-i-afstandstider", "2020-21-undervisningsforloeb-i-meebook", "2020-21-aula-paa-skoleomraadet", "2020-21-genforhandling-af-fagportaler"],
            comparison.Dropped.Select(a => a.Id));
    }

    [Fact]
    public void The_whole_matching_of_2021_22_and_2022_23_is_the_reviewed_one()
    {
        var comparison = Compare(2021);

        Assert.Equal(
            [
                ("2021-22-udviklingsprojekt-skydes-i-gang", "2022-23-klima-teknologi-og-wos", ContinuationMatch.SimilarText, true),
                ("2021-22-oplaeg-ole-sejr-iversen", "2022-23-oplaeg-ole-sejer-iversen", ContinuationMatch.SimilarText, true),
                ("2021-22-teknologiforstaaelse-i-klimaperspektiv", "2022-23-teknologiforstaaelse-i-klimaperspektiv", ContinuationMatch.SimilarText, true),
                ("2021-22-ssp-digitalt-liv", "2022-23-ssp-digitalt-liv", ContinuationMatch.SimilarText, true),
                ("2021-22-rundtur-paa-skolerne", "2022-23-robotter-roterer-mellem-skolerne", ContinuationMatch.Declared, true),
                ("2021-22-udskiftning-af-computere", "2022-23-udskiftning-af-computere", ContinuationMatch.SimilarText, false),
                ("2021-22-aula-i-dagtilbud", "2022-23-aula-og-billeddeling", ContinuationMatch.SimilarText, true),
                ("2021-22-hjernen-og-hjertet", "2022-23-hjernen-og-hjertet", ContinuationMatch.Declared, true),
                ("2021-22-meebook-spydspidser", "2022-23-meebook-webinarer", ContinuationMatch.SimilarText, true),
                ("2021-22-kurser-i-fagportaler", "2022-23-kurser-i-fagportaler", ContinuationMatch.SimilarText, false),
                ("2021-22-digital-kanalstrategi", "2022-23-digital-kanalstrategi", ContinuationMatch.SimilarText, false),
                ("2021-22-fit-feedback", "2022-23-fit-feedback", ContinuationMatch.SimilarText, true),
            ],
            comparison.Continued.Select(c => (c.Previous.Id, c.Current.Id, c.Match, c.WordingChanged)));
        Assert.Equal(
            [
                "2022-23-computer-til-hver-elev", "2022-23-konfiguration-og-opdatering", "2022-23-overblik-over-enheder",
                "2022-23-support-og-udskiftning", "2022-23-meddelelsesbog",
            ],
            comparison.New.Select(a => a.Id));
        Assert.Equal(
            [
                "2021-22-praktikernetvaerk", "2021-22-samarbejde-med-via-cfu", "2021-22-samarbejde-med-klimatorium",
                "2021-22-seminar-om-datainformeret-ledelse", "2021-22-webinarer-og-kompetenceudvikling",
                "2021-22-sparringsforum-for-tosprogede", "2021-22-3d-printere", "2021-22-microbit", "2021-22-dreambroker",
                "2021-22-sammenhaeng-mellem-datasystemer",
            ],
            comparison.Dropped.Select(a => a.Id));
    }
}
