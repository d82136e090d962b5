using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>
/// Builds the real input/ and checks that Aalborg Kommunes "It- og digitaliseringsstrategi"
/// (seed 001_035c336812401db6.txt) is published completely: its parts, counted by hand from the
/// seed, and a sample of its sentences from every part of the document.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class AalborgSeedTests(RealSite site)
{
    private const string Municipality = "aalborg";
    private const string StrategyId = "it-og-digitaliseringsstrategi";
    private const string Strategy = "/" + Municipality + "/" + StrategyId + "/";

    private string StrategyFolder => Path.Combine(site.Output, Municipality, StrategyId);

    [Fact]
    public void The_real_input_builds() =>
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

    [Fact]
    public void The_strategy_has_the_seeds_focus_areas()
    {
        // The seed has two structured parts: the page "Pejlemærker" (six pejlemærker with
        // "Det betyder, at") and the page "Mål" ("Strategien indeholder følgende mål:", nine bullets).
        var overview = site.Page(Strategy);
        var focusAreas = overview.QuerySelectorAll(".focus-area h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, focusAreas.Count);
        Assert.Equal([Strategy + "pejlemaerker/", Strategy + "strategiens-maal/"], focusAreas);
        Assert.All(focusAreas, href => Assert.True(File.Exists(PagePath(href)), href));
    }

    [Fact]
    public void Every_pejlemaerke_and_every_maal_has_its_own_goal_page()
    {
        // Pejlemærker: 6 headings "Vi udvikler …", "Vi kommunikerer …", "Vi skaber og deler …",
        // "Vi har de rette …", "Vi har let adgang …", "Vi møder …".
        // Mål: 9 bullets under "Strategien indeholder følgende mål:".
        var goalPages = Directory.EnumerateDirectories(Path.Combine(StrategyFolder, "maal")).ToList();
        Assert.Equal(6 + 9, goalPages.Count);

        Assert.Equal(6, site.Page(Strategy + "pejlemaerker/").QuerySelectorAll(".goal-list li").Length);
        Assert.Equal(9, site.Page(Strategy + "strategiens-maal/").QuerySelectorAll(".goal-list li").Length);

        var headings = goalPages.Select(dir => Normalize(site.Page(Strategy + "maal/" + Path.GetFileName(dir) + "/").QuerySelector("h1")!.TextContent)).ToList();
        Assert.Contains("Vi møder driftsikker og fleksibel teknologi", headings);
        Assert.Contains("Læringsplatform er implementeret med udgangen af 2017", headings);
    }

    [Fact]
    public void Every_maal_is_a_structured_target_and_every_pejlemaerke_says_what_it_means()
    {
        var goalPages = Directory.EnumerateDirectories(Path.Combine(StrategyFolder, "maal"))
            .Select(dir => site.Page(Strategy + "maal/" + Path.GetFileName(dir) + "/"))
            .ToList();

        // One target per bullet under "Strategien indeholder følgende mål:" (9).
        Assert.Equal(9, goalPages.Sum(page => page.QuerySelectorAll(".target").Length));

        // Each of the 6 pejlemærker has its "Det betyder(,) at" points.
        Assert.Equal(6, goalPages.Count(page => page.QuerySelectorAll("main h2").Any(h => h.TextContent.StartsWith("Det betyder", StringComparison.Ordinal))));

        // "- 40 pct. i 2016 - 80 pct. i 2017" as milestones of the knowledge-sharing target.
        var sharing = site.Page(Strategy + "maal/undervisningsforloeb-videndeles/");
        var rows = sharing.QuerySelectorAll(".milestones tbody tr").Select(tr => Normalize(tr.TextContent)).ToList();
        Assert.Equal(["2016 40 pct.", "2017 80 pct."], rows);

        // Deadlines as the seed writes them.
        Assert.Contains("med udgangen af 2017", Normalize(site.Page(Strategy + "maal/laeringsplatform-implementeret/").QuerySelector(".target")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("med udgangen af 2016", Normalize(site.Page(Strategy + "maal/elevplaner-digitalt-tilgaengelige/").QuerySelector(".target")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_lists_no_actions()
    {
        // "Fra strategi til praksis": handletiltag are decided continuously; the seed names none.
        var actions = new[] { "pejlemaerker/", "strategiens-maal/" }
            .SelectMany(fa => site.Page(Strategy + fa).QuerySelectorAll(".action[id]"))
            .ToList();
        Assert.Empty(actions);
    }

    [Fact]
    public void The_prose_pages_are_the_three_chapters_and_there_are_no_appendices()
    {
        // "Vores mål" (5 numbered goals), the text headed "It skaber nye muligheder", and
        // "Fra strategi til praksis". The seed has no Bilag.
        var chapters = site.Page(Strategy).QuerySelectorAll(".chapter-list li a").Select(a => Normalize(a.TextContent)).ToList();
        Assert.Equal(["Vores mål", "It skaber nye muligheder", "Fra strategi til praksis"], chapters);
        Assert.False(Directory.Exists(Path.Combine(StrategyFolder, "bilag")));

        // The five "Vores mål", in order.
        var voresMaal = site.Page(Strategy + "vores-maal/").QuerySelectorAll("main ol li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Equal(
            [
                "Alle kan se, at de bliver dygtigere hver dag",
                "Alle har mod til at deltage i verden",
                "Alle har en ven i skolen",
                "Læringen foregår overvejende eksperimenterende og problemløsende",
                "Alle ansatte arbejder systematisk med videnproduktion",
            ],
            voresMaal);
    }

    [Theory]
    // Vores mål
    [InlineData("Alle har mod til at deltage i verden")]
    [InlineData("Læringen foregår overvejende eksperimenterende og problemløsende")]
    // It skaber nye muligheder (hyphenation across lines repaired: undervis-ningen, sam-arbejde, Kom-munale)
    [InlineData("It og medier er ikke en selvstændig faglig disciplin, men en integreret del af undervisningen i alle fag og et pædagogisk og didaktisk redskab, som vi kan bruge til at øge elevernes udbytte af undervisningen, så de oplever, at de bliver dygtigere hver dag.")]
    [InlineData("It og medier øger vores muligheder for at deltage i verden ved at gøre det lettere at være en del af fællesskaber, indgå i samarbejde og skabe netværk på tværs af landegrænser.")]
    [InlineData("It og medier giver også mulighed for nye fleksible organisationsformer og differentierede arbejdsmetoder, herunder samarbejde, produktion, deling og refleksion.")]
    [InlineData("It og medier motiverer og engagerer eleverne, så de udvikler kompetencer, der er vigtige på fremtidens arbejdsmarked, såsom kritisk tænkning, problemløsning, kommunikation, kreativitet, innovation og samarbejde.")]
    [InlineData("Formålet med it og digitaliseringsstrategien er således at sætte retning for arbejdet med it og digitalisering i Aalborg Kommunale skolevæsen.")]
    [InlineData("Skoleforvaltningens it- og digitaliseringsstrategi gælder for alle elever og medarbejdere i Aalborg Kommunale Skolevæsen.")]
    // Pejlemærker with their "Det betyder, at" points (akti-ve, pæda-gogisk repaired)
    [InlineData("Vi kommunikerer og samarbejder digitalt på kryds og tværs")]
    [InlineData("en fælles læringsplatform er en naturlig og central del af skolens læringsaktiviteter og medvirker til, at eleverne er aktive i egne læreprocesser")]
    [InlineData("en fælles læringsplatform er omdrejningspunktet for samarbejde og kommunikationen mellem elever, forældre, pædagogisk personale og skoleledelsen")]
    [InlineData("ledelsen understøtter digital videndeling ved selv at være rollemodeller og prioriterer vidensskabende/-producerende fællesskaber")]
    [InlineData("Kompetenceudviklingen har fokus på det 21. århundredes kompetencer herunder kritisk tænkning og problemløsning, kommunikation, kreativitet og innovation samt kollaboration")]
    [InlineData("de digitale ressourcer hentes fra cloud-løsninger, der kan tilgås alle steder fra")]
    [InlineData("vi tilpasser løbende skolernes it-infrastruktur til det voksende behov")]
    // Mål
    [InlineData("Strategien indeholder følgende mål:")]
    [InlineData("Alle elever fra 8.-10. klasse medbringer så vidt muligt egen enhed - Bring Your Own Device (BYOD)")]
    [InlineData("Alle elevplaner, testresultater og individuelle undervisningsplaner er digitalt tilgængelige med udgangen af 2016")]
    [InlineData("Undervisnings- og aktivitetsforløb videndeles på digitale platforme lokalt, kommunalt, nationalt og internationalt med følgende konkrete mål på lokalt og kommunalt niveau:")]
    [InlineData("40 pct. i 2016")]
    [InlineData("80 pct. i 2017")]
    [InlineData("Al skriftlig kommunikation er digital med udgangen af 2017")]
    // Fra strategi til praksis (ændrin-ger repaired)
    [InlineData("Derfor er det vigtigt, at strategien er dynamisk og kan tilpasses ændringer i omgivelserne.")]
    [InlineData("I praksis betyder det, at der løbende besluttes en række handletiltag med afsæt i strategiens mål.")]
    public void A_sentence_of_the_seed_is_on_the_site(string sentence) =>
        Assert.Contains(sentence, site.TextOf(Strategy));

    private string PagePath(string url) => Path.Combine(site.Output, url.TrimStart('/'), "index.html");
}
