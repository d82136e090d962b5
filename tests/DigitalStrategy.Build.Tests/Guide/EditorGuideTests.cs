using System.Reflection;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Guide;

/// <summary>
/// Every diagnostic points editors to its section of the guide (the preview's error panel, 'check
/// --format json'), so every code must have one: in docs/redaktoervejledning.md and on the site.
/// </summary>
public sealed class EditorGuideTests
{
    public static TheoryData<string> Codes() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Both_guides_have_a_section_for_the_code(string code)
    {
        var anchor = $"<a id=\"{code.ToLowerInvariant()}\"></a>";
        Assert.Contains(anchor, File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md")), StringComparison.Ordinal);
        var guide = File.ReadAllText(RepositoryPaths.Combine("docs", "redaktoervejledning.md"));
        Assert.Contains(anchor, guide, StringComparison.Ordinal);
        Assert.Contains($"### {code}:", guide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_publishes_the_guide_with_a_heading_for_every_code()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = site.Page("/redaktion/vejledning/");
        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Redaktørvejledning", page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
        foreach (var code in Codes())
        {
            var heading = page.GetElementById(code.ToLowerInvariant());
            Assert.True(heading?.LocalName is "h2" or "h3", $"{code} has no section heading on the page.");
            Assert.StartsWith(code, heading!.TextContent, StringComparison.Ordinal);
        }

        // The guide's links to other files of the repository lead nowhere on the site.
        Assert.DoesNotContain(page.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href")!.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(site.Page("/redaktion/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/redaktion/vejledning/");
    }
}
