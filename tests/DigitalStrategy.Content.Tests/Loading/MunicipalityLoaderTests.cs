using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class MunicipalityLoaderTests
{
    [Fact]
    public void A_municipality_without_name_is_reported_and_left_out()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Municipality, """
            description: Kommunen i Vestjylland.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Municipality, 1, 1);
        Assert.Contains("'name'", diagnostic.Message);
        Assert.Empty(run.LoadedSite.Municipalities);
    }

    [Fact]
    public void A_municipality_description_is_rendered_as_markdown()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Municipality, """
            name: Lemvig Kommune
            description: Kommunen i *Vestjylland*.
            """)));

        run.ExpectNoDiagnostics();
        var municipality = Assert.Single(run.LoadedSite.Municipalities);
        Assert.Equal("<p>Kommunen i <em>Vestjylland</em>.</p>", municipality.Description!.Html);
    }

    [Fact]
    public void Municipalities_and_their_strategies_come_in_folder_name_order()
    {
        var files = SampleInput.Files();
        foreach (var (path, text) in SampleInput.Files().Where(p => p.Key.StartsWith("lemvig/", StringComparison.Ordinal)))
        {
            files[path.Replace("lemvig/", "aalborg/", StringComparison.Ordinal)] = text;
            files[path.Replace("/digitaliseringsplan/", "/a-plan/", StringComparison.Ordinal)] = text;
        }

        var run = ContentRun.Of(files);

        run.ExpectNoErrors();
        Assert.Equal(["aalborg", "lemvig"], run.LoadedSite.Municipalities.Select(m => m.Id));
        Assert.Equal(["a-plan", "digitaliseringsplan"], run.LoadedSite.Municipalities[1].Strategies.Select(s => s.Id));
    }
}
