using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>site.yml's edit_url ("Rediger denne side") and the 'updated' date files may carry ("Sidst opdateret").</summary>
public sealed class EditUrlAndUpdatedTests
{
    private static Dictionary<string, string> SiteWith(string editUrl) => SampleInput.With((SampleInput.Site, $"""
        title: Digitale strategier
        edit_url: {editUrl}

        """ + SampleInput.Accessibility));

    [Fact]
    public void Edit_url_fills_in_the_path_of_the_file_relative_to_the_input_folder()
    {
        var run = ContentRun.Of(SiteWith("https://github.com/kommune/strategier/edit/main/input/{path}"));

        run.ExpectNoDiagnostics();
        var template = run.LoadedSite.Settings.EditUrl;
        Assert.NotNull(template);
        Assert.Equal("https://github.com/kommune/strategier/edit/main/input/lemvig/digitaliseringsplan/strategy.yml",
            template.For("lemvig/digitaliseringsplan/strategy.yml"));
        Assert.Equal("https://github.com/kommune/strategier/edit/main/input/b%C3%B8rn/plan%201.md", template.For("børn/plan 1.md"));
    }

    [Fact]
    public void Without_edit_url_there_is_no_template()
    {
        var run = ContentRun.Of(SampleInput.Files());

        Assert.Null(run.LoadedSite.Settings.EditUrl);
    }

    [Theory]
    [InlineData("https://github.com/kommune/strategier/edit/main/input/", "{path}")]
    [InlineData("github.com/kommune/strategier/edit/main/input/{path}", "ikke en hel adresse")]
    [InlineData("ftp://example.dk/{path}", "ikke en hel adresse")]
    public void An_edit_url_without_path_or_that_is_not_a_whole_web_address_is_reported_at_its_value(string editUrl, string explanation)
    {
        var run = ContentRun.Of(SiteWith(editUrl));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, 2, 11);
        Assert.Contains(explanation, diagnostic.Message);
        Assert.Contains("edit_url: https://github.com/kommune/strategier/edit/main/input/{path}", diagnostic.Message);
        Assert.Null(run.LoadedSite.Settings.EditUrl);
    }

    [Fact]
    public void Updated_is_read_from_every_kind_of_file_that_makes_a_page()
    {
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Municipality, "name: Lemvig Kommune\nupdated: 2024-01-02\n"),
            (SampleInput.Strategy, SampleInput.Files()[SampleInput.Strategy] + "\nupdated: 2024-02-03\n"),
            (SampleInput.FocusArea1, SampleInput.Files()[SampleInput.FocusArea1] + "\nupdated: 2024-03-04\n"),
            (SampleInput.Appendix2021, SampleInput.Files()[SampleInput.Appendix2021] + "\nupdated: 2024-04-05\n"),
            (SampleInput.Chapter2, "---\nid: vision\ntitle: Vision\nupdated: 2024-05-06\n---\nAlle børn bliver digitalt myndige.\n")));

        run.ExpectNoDiagnostics();
        var municipality = Assert.Single(run.LoadedSite.Municipalities);
        Assert.Equal(new DateOnly(2024, 1, 2), municipality.Updated);
        Assert.Equal(new DateOnly(2024, 2, 3), run.Strategy.Updated);
        Assert.Equal(new DateOnly(2024, 3, 4), run.Strategy.FindFocusArea("paedagogisk-sigte")!.Updated);
        Assert.Null(run.Strategy.FindFocusArea("anvendelse-af-data")!.Updated);
        Assert.Equal(new DateOnly(2024, 4, 5), run.Strategy.Appendices.Single(a => a.Id == "2021-22").Updated);
        Assert.Equal(new DateOnly(2024, 5, 6), run.Strategy.Chapters.Single(c => c.Id == "vision").Updated);
        Assert.Null(run.Strategy.Chapters.Single(c => c.Id == "indledning").Updated);
    }

    [Fact]
    public void An_updated_that_is_not_a_date_is_reported_at_its_value()
    {
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Chapter2, "---\nid: vision\ntitle: Vision\nupdated: 3. maj 2024\n---\nAlle børn bliver digitalt myndige.\n")));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Chapter2, 4, 10);
        Assert.Equal("'3. maj 2024' er ikke en dato. Skriv år-måned-dag, fx 'updated: 2024-05-03'.", diagnostic.Message);
        Assert.Null(run.Strategy.Chapters.Single(c => c.Id == "vision").Updated);
    }
}
