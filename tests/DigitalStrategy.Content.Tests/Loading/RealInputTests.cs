using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Validation;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>The sources the site is published from must always load cleanly.</summary>
public sealed class RealInputTests
{
    [Fact]
    public void The_published_input_loads_without_errors()
    {
        var diagnostics = new DiagnosticBag();
        var files = SourceReader.ReadAll(RepositoryPaths.Input, "input", diagnostics);
        var site = ContentLoader.Load(files, "input", diagnostics);
        Assert.NotNull(site);
        ReferenceValidator.Validate(site, diagnostics);

        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
        var lemvig = Assert.Single(site.Municipalities, m => m.Id == "lemvig");
        var plan = Assert.Single(lemvig.Strategies, s => s.Id == "digitaliseringsplan");
        Assert.Equal(
            ["paedagogisk-sigte", "didaktisk-sigte", "anvendelse-af-data", "kommunikation"],
            plan.FocusAreas.Select(f => f.Id));
        Assert.Equal(
            [new SchoolYear(2020), new SchoolYear(2021), new SchoolYear(2022)],
            plan.Appendices.Select(a => a.SchoolYear));
        Assert.All(plan.Goals, g => Assert.NotEmpty(plan.ActionsServing(g)));
    }

}
