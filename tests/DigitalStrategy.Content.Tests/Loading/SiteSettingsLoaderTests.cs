using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class SiteSettingsLoaderTests
{
    [Fact]
    public void A_site_yml_without_title_is_reported_and_no_site_is_built()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            description: Kommunernes strategier.

            """ + SampleInput.Accessibility)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Site, 1, 1);
        Assert.Contains("'title'", diagnostic.Message);
        Assert.Null(run.Site);
    }

    [Fact]
    public void Base_url_and_publisher_are_read()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            title: Digitale strategier
            base_url: https://strategier.example.dk/
            publisher: KL

            """ + SampleInput.Accessibility)));

        run.ExpectNoDiagnostics();
        Assert.Equal("https://strategier.example.dk/", run.LoadedSite.Settings.BaseUrl);
        Assert.Equal("KL", run.LoadedSite.Settings.Publisher);
    }

    [Fact]
    public void A_base_url_that_is_not_a_whole_address_is_reported_at_its_value()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            title: Digitale strategier
            base_url: strategier.example.dk

            """ + SampleInput.Accessibility)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, 2, 11);
        Assert.Contains("https://", diagnostic.Message);
    }
}
