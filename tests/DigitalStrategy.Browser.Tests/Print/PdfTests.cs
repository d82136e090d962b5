using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;
using Xunit.Abstractions;

namespace DigitalStrategy.Browser.Tests.Print;

/// <summary>
/// The PDFs of build --pdf, read back with poppler-utils as a board member's PDF reader would: the
/// appendix holds every action and nothing of the site around it, and each PDF says what it is.
/// </summary>
public sealed partial class PdfTests(PdfSite site, ITestOutputHelper output) : IClassFixture<PdfSite>
{
    private const string LemvigAppendixPdf = "/lemvig/digitaliseringsplan/bilag/2021-22/print/lemvig-digitaliseringsplan-2021-22.pdf";

    [Fact]
    public async Task Lemvigs_2021_22_appendix_holds_every_action_and_none_of_the_site_navigation()
    {
        var text = await PdfSite.TextAsync(site.FileOf(LemvigAppendixPdf));

        var actions = LemvigAppendix().Actions;
        Assert.NotEmpty(actions);
        var missing = actions.Where(a => !text.Contains(PdfSite.Normalize(a.Text.PlainText), StringComparison.Ordinal)).Select(a => a.Id).ToList();
        Assert.True(missing.Count == 0, $"Not in the PDF: {string.Join(", ", missing)}\nThe PDF's text:\n{text}");
        foreach (var navigation in new[] { "Gå til indholdet", "Søg i strategierne", "Alle kommuner og strategier", "Tilgængelighedserklæring", "Du er her" })
        {
            Assert.DoesNotContain(navigation, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Lemvigs_2021_22_appendix_has_a_sensible_number_of_pages_and_says_what_it_is()
    {
        var pdf = site.FileOf(LemvigAppendixPdf);

        var info = await PdfSite.InfoAsync(pdf);

        output.WriteLine(await PdfSite.PopplerAsync("pdfinfo", pdf));
        output.WriteLine(string.Join('\n', site.Build.StageTimings.Select(t => $"{t.Stage}: {t.Elapsed.TotalSeconds:0.00} s")));
        var pages = int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 1, (LemvigAppendix().Actions.Length / 2) + 2);
        Assert.Equal(DocumentTitle(SiteRoutes.AppendixPrint(Lemvig(), LemvigAppendix())), info["Title"]);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Contains("/Lang (da)", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_strategy_and_appendix_has_a_tagged_danish_pdf_with_an_outline_that_its_pages_offer_with_the_size()
    {
        var documents = site.Model.Strategies.SelectMany(strategy => (IEnumerable<(string Page, string Print, string Pdf)>)
        [
            (SiteRoutes.Strategy(strategy), SiteRoutes.StrategyPrint(strategy), SiteRoutes.StrategyPdf(strategy)),
            .. strategy.Appendices.Select(a => (SiteRoutes.Appendix(strategy, a), SiteRoutes.AppendixPrint(strategy, a), SiteRoutes.AppendixPdf(strategy, a))),
        ]).ToList();
        Assert.Contains(documents, d => d.Pdf == LemvigAppendixPdf);

        var problems = new List<string>();
        foreach (var (page, print, pdf) in documents)
        {
            if (!File.Exists(site.FileOf(pdf)))
            {
                problems.Add($"{pdf} was not written");
                continue;
            }

            var bytes = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(site.FileOf(pdf)));
            var info = await PdfSite.InfoAsync(site.FileOf(pdf));
            if (info["Title"] != DocumentTitle(print) || info["Tagged"] != "yes" || !bytes.Contains("/Lang (da)", StringComparison.Ordinal) || !bytes.Contains("/Outlines", StringComparison.Ordinal))
            {
                problems.Add($"{pdf}: title '{info["Title"]}', tagged {info["Tagged"]}, language or outline missing");
            }

            var link = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileOf(page))).QuerySelector($"main ul.print-links a[href='{pdf}']");
            var expected = $"Hent som PDF (PDF, {FileSizes.Format(new FileInfo(site.FileOf(pdf)).Length)})";
            var offered = link?.ParentElement is { } item ? PdfSite.Normalize(item.TextContent) : null;
            if (offered != expected || !SizeText().IsMatch(offered))
            {
                problems.Add($"{page} offers '{offered}', not '{expected}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private Strategy Lemvig() => site.Model.Strategies.Single(s => s.MunicipalityId == "lemvig" && s.Id == "digitaliseringsplan");

    private AnnualAppendix LemvigAppendix() => Lemvig().Appendices.Single(a => a.Id == "2021-22");

    private string DocumentTitle(string printUrl) =>
        new HtmlParser().ParseDocument(File.ReadAllText(site.FileOf(printUrl))).Title ?? "";

    [GeneratedRegex(@"^Hent som PDF \(PDF, (\d+ kB|\d+,\d MB)\)$")]
    private static partial Regex SizeText();
}
