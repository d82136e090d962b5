using DigitalStrategy.Browser.Tests.Support;

namespace DigitalStrategy.Browser.Tests.Html;

/// <summary>Every page of the real site is valid HTML by the W3C Nu checker.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class HtmlValidityTests(PublishedSite site)
{
    [Fact]
    public async Task The_Nu_checker_finds_no_error_on_any_page()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(site.Output);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join('\n', errors));
    }

    [Fact]
    public async Task The_Nu_checker_reports_broken_HTML_with_file_and_line()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ds-vnu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "side"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "side", "index.html"),
                "<!DOCTYPE html>\n<html lang=\"da\"><head><title>Fejl</title></head>\n<body><p><div>ikke gyldig</p></body></html>\n");
            var errors = await NuHtmlChecker.ErrorsAsync(folder);
            Assert.Contains(errors, e => e.StartsWith("side/index.html(3,", StringComparison.Ordinal) && e.Contains("“p”", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
