using System.Net;
using System.Text.RegularExpressions;
using DigitalStrategy.Browser.Tests.Support;

namespace DigitalStrategy.Browser.Tests.Hosting;

/// <summary>
/// netlify.toml is what production serves: each security header the site promises is there, on
/// every path, with a value that really protects; and the redirects lead to real pages.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed partial class NetlifyConfigTests(PublishedSite site)
{
    public static TheoryData<string> Paths => ["/", "/lemvig/digitaliseringsplan/", "/assets/site.css", "/404.html", "/tilgaengelighedserklaering/", "/soeg/", "/pagefind/pagefind.js"];

    private NetlifyConfig Config => site.Netlify;

    [Fact]
    public void The_build_command_builds_into_the_published_folder()
    {
        Assert.Equal("output", Config.Publish);
        Assert.Equal("bash eng/netlify-build.sh", Config.BuildCommand);
        var script = File.ReadAllText(RepositoryPaths.Combine("eng", "netlify-build.sh"));
        Assert.Contains("dotnet run --project src/DigitalStrategy.Cli -c Release -- build", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_CSP_allows_only_what_the_site_needs(string path)
    {
        var csp = Directives(Config.HeadersFor(path)["Content-Security-Policy"]);
        Assert.Equal(["'none'"], csp["default-src"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["base-uri"]);
        Assert.Equal(["'self'"], csp["form-action"]);
        Assert.All(csp.Values.SelectMany(v => v), source =>
        {
            Assert.DoesNotContain(source, new[] { "'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:" });
        });

        // Only same-origin sources, and script allowances only once the site has scripts (search).
        Assert.All(csp.Values.SelectMany(v => v), source => Assert.Matches("^'(self|none|wasm-unsafe-eval)'$", source));
        var hasScripts = Directory.EnumerateFiles(site.Output, "*.js", SearchOption.AllDirectories).Any();
        Assert.Equal(hasScripts, csp.ContainsKey("script-src"));
        var hasWebAssembly = Directory.EnumerateFiles(site.Output, "*.wasm", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(site.Output, "wasm.*.pagefind", SearchOption.AllDirectories)).Any();
        Assert.Equal(hasScripts && hasWebAssembly, csp.Values.Any(v => v.Contains("'wasm-unsafe-eval'")));

        // Scripts and what they fetch come from the site itself, and nothing else is loosened for them.
        string[]? scripts = hasScripts ? ["'self'", "'wasm-unsafe-eval'"] : null;
        string[]? fetches = hasScripts ? ["'self'"] : null;
        Assert.Equal(scripts, csp.GetValueOrDefault("script-src"));
        Assert.Equal(fetches, csp.GetValueOrDefault("connect-src"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_path_gets_the_security_headers(string path)
    {
        var headers = Config.HeadersFor(path);
        var maxAge = MaxAge().Match(headers["Strict-Transport-Security"]);
        Assert.True(maxAge.Success && long.Parse(maxAge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 31536000,
            "HSTS max-age must be at least a year: " + headers["Strict-Transport-Security"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("same-origin", headers["Cross-Origin-Resource-Policy"]);
        var permissions = headers["Permissions-Policy"].Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
    }

    [Fact]
    public async Task The_test_server_sends_the_production_headers()
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(site.Server.Origin + "/lemvig/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Config.HeadersFor("/lemvig/")["Content-Security-Policy"], response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/was")]
    [InlineData("/was/")]
    public async Task Was_redirects_to_the_accessibility_statement(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(site.Server.Origin + path);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tilgaengelighedserklaering/", response.Headers.Location?.OriginalString);
        Assert.True(File.Exists(Path.Combine(site.Output, "tilgaengelighedserklaering", "index.html")));
    }

    [Fact]
    public void Hosts_without_redirects_get_a_page_at_was_that_leads_to_the_statement()
    {
        var stub = File.ReadAllText(Path.Combine(site.Output, "was", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/tilgaengelighedserklaering/\">", stub, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tilgaengelighedserklaering/\">", stub, StringComparison.Ordinal);
    }

    private static Dictionary<string, string[]> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [GeneratedRegex(@"max-age=(\d+)")]
    private static partial Regex MaxAge();
}
