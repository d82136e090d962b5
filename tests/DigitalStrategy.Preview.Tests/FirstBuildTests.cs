using System.Net;
using DigitalStrategy.Content.Tests.Support;
using DigitalStrategy.Preview.Tests.Support;

namespace DigitalStrategy.Preview.Tests;

/// <summary>When the very first build fails there is no good site to show: every address shows the errors until they are fixed.</summary>
public sealed class FirstBuildTests
{
    [Fact]
    public async Task Sources_with_errors_from_the_start_show_the_error_page_until_fixed()
    {
        using var site = new TempSite(SampleInput.With((SampleInput.Municipality, "navn: Lemvig Kommune\n")));
        await using var server = new PreviewServer(new PreviewOptions(site.Input, ThemeDirectory: null, Port: 0) { Debounce = TimeSpan.FromMilliseconds(50) }, TextWriter.Null);
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient();

        using (var response = await http.GetAsync(new Uri(server.Address!, "lemvig/")))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("<h1>Fejl og advarsler</h1>", body, StringComparison.Ordinal);
            Assert.Contains("lemvig/municipality.yml</code>, linje 1, kolonne 1", body, StringComparison.Ordinal);
            Assert.Contains("<script src=\"/__preview/reload.js\" defer></script>", body, StringComparison.Ordinal);
        }

        await using var tab = await EventStream.OpenAsync(http, server.Address!, "/lemvig/");
        site.Write(SampleInput.Municipality, "name: Lemvig Kommune\n");
        Assert.Equal("reload", await tab.NextAsync(TimeSpan.FromSeconds(30)));

        using var fixedPage = await http.GetAsync(new Uri(server.Address!, "lemvig/"));
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Contains("<h1>Lemvig Kommune</h1>", await fixedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
