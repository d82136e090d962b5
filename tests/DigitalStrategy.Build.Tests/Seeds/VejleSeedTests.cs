using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>
/// Builds the real input/ and checks that Vejle's Digitaliseringsstrategi 2011–2015 for Sprogcenter
/// Vejle, Center for Specialundervisning and Ungdomsskolen (seed 000_750dcee307ef33ff.txt) is
/// published completely and in its own words.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class VejleSeedTests(RealSite site)
{
    private const string Strategy = "vejle/digitaliseringsstrategi-2011-2015";

    [Fact]
    public void The_real_input_builds() =>
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

    [Fact]
    public void The_strategy_has_the_seeds_four_fokusomraader()
    {
        // Seed "4. Fokusområder": Helhed, Udvikling, Organisering, Ledelse og styring (sections 4.1–4.4).
        var expected = new[] { "Helhed", "Udvikling", "Organisering", "Ledelse og styring" };
        var overview = site.Page(Strategy + "/");
        var links = overview.QuerySelectorAll(".focus-area h3 a").ToList();
        Assert.Equal(4, links.Count);
        Assert.Equal(expected, links.Select(a => Normalize(a.TextContent)));
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'), "index.html")), href);
        }
    }

    [Fact]
    public void Every_one_of_the_eight_pejlemaerker_has_its_own_page_with_its_number_and_both_sections()
    {
        // Seed: pejlemærker 4.1.1, 4.1.2, 4.2.1, 4.2.2, 4.3.1, 4.3.2, 4.4.1, 4.4.2 – two under each fokusområde.
        var expected = new Dictionary<string, string>
        {
            ["4.1.1"] = "Vi sammentænker al undervisning og læring med it og arbejdsprocesser",
            ["4.1.2"] = "Vi skaber et anerkendende miljø, hvor det er tilladt at fejle.",
            ["4.2.1"] = "Vi har mobile løsninger, der giver fleksibilitet i arbejdstilrettelæggelsen.",
            ["4.2.2"] = "Vi sørger for systematisk it-kompetenceudvikling.",
            ["4.3.1"] = "Vi giver alle medarbejdere og brugere rettigheder og pligt til at anvende digitalisering i deres undervisning og læring.",
            ["4.3.2"] = "Vi tilbyder medarbejderne løbende opgradering af relevant viden",
            ["4.4.1"] = "Vi har en klar og effektiv digitaliseringsstrategi, der styrer vores it og digitalisering.",
            ["4.4.2"] = "Vi har ledere, der går forrest og medvirker til at realisere digitaliseringsstrategien.",
        };
        var goalDirs = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy, "maal")).ToList();
        Assert.Equal(8, goalDirs.Count);
        var pages = goalDirs.Select(dir => site.Page($"{Strategy}/maal/{Path.GetFileName(dir)}/")).ToList();
        foreach (var (number, statement) in expected)
        {
            var page = Assert.Single(pages, p => Normalize(p.QuerySelector("h1")!.TextContent).Contains(statement, StringComparison.Ordinal));
            var text = Normalize(page.QuerySelector("main")!.TextContent);
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains("Det betyder", text, StringComparison.Ordinal);
            Assert.Contains("Det er vigtigt, fordi", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_seed_has_no_actions_and_the_site_shows_none()
    {
        // The seed names "konkrete initiativer i handleplanen" but lists no actions (tiltag/handlinger).
        var actions = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy))
            .Where(dir => File.Exists(Path.Combine(dir, "index.html")))
            .SelectMany(dir => site.Page(Path.GetRelativePath(site.Output, dir) + "/").QuerySelectorAll(".action[id]"))
            .ToList();
        Assert.Empty(actions);
    }

    [Fact]
    public void The_five_chapters_of_prose_are_listed_and_there_are_no_appendices()
    {
        // Seed sections 1. Indledning, 2. Mission, 3. Vision, 4. Fokusområder (its introduction) and 5. Tilblivelse.
        var overview = site.Page(Strategy + "/");
        var chapters = overview.QuerySelectorAll(".chapter-list a").Select(a => Normalize(a.TextContent)).ToList();
        Assert.Equal(5, chapters.Count);
        Assert.Equal(["Indledning", "Mission", "Vision", "Fokusområder", "Tilblivelse"], chapters);
        // The seed has no "Bilag".
        Assert.False(Directory.Exists(Path.Combine(site.Output, Strategy, "bilag")));
    }

    [Fact]
    public void The_three_institutions_are_on_the_site()
    {
        var text = Normalize(site.Page("vejle/").QuerySelector("main")!.TextContent) + " " + site.TextOf(Strategy);
        Assert.Contains("Sprogcenter Vejle", text, StringComparison.Ordinal);
        Assert.Contains("Center for Specialundervisning", text, StringComparison.Ordinal);
        Assert.Contains("Ungdomsskolen", text, StringComparison.Ordinal);
    }

    [Theory]
    // 1. Indledning
    [InlineData("Dette skyldes ikke mindst, at digitalisering kan være et middel til at øge effektiviseringen internt i kommunen og til at øge servicen overfor brugerne.")]
    [InlineData("Centrale emner for nærværende digitaliseringsstrategi er formidling, kompetenceudvikling af medarbejdere og ledere.")]
    [InlineData("Nærværende digitaliseringsstrategi understøtter institutionernes værdigrundlag og indsatsområder samt Den Fælleskommunale Digitaliseringsstrategi.")]
    // 2. Mission
    [InlineData("Digitalisering understøtter institutionernes undervisning og læringsmiljøet.")]
    // 3. Vision with its three values
    [InlineData("Institutionerne er førende med effektiv udbredelse og udnyttelse af digitale løsninger.")]
    [InlineData("Det kræver, at alle medarbejdere er innovative og bidrager med spændende ideer og prøver nye måder at tilrettelægge og gennemføre undervisningen på.")]
    [InlineData("Effektivitet: Vi digitaliserer for at opnå organisatorisk og lærings effekt")]
    [InlineData("Sammenhæng: Vi samarbejder om løsninger for at sikre digital sammenhæng")]
    [InlineData("Innovativ: Vi bruger digitalisering til at udvikle og forbedre undervisningen.")]
    // 4. Fokusområder
    [InlineData("Via fire fokusområder skabes der sammenhæng fra mission, vision via pejlemærker til konkrete initiativer i handleplanen.")]
    [InlineData("Derfor sikrer vi sammenhæng mellem it og organisationsudvikling og bruger it aktivt til at skabe større sammenhæng internt i den enkelte institution og i forhold til andre institutioner i landets kommuner.")]
    [InlineData("Hellere forsøge, fejle og lære end aldrig at gøre forsøget.")]
    [InlineData("Derfor understøtter udviklingen i relation til it- og digitalisering medarbejdernes til stadighed ændrede behov i forhold til opgaveløsningen.")]
    [InlineData("de fleste undervisnings- og læingsforløb kan drage nytte af at have fokus på såvel system- som organisatorisk implementering med henblik på at sikre den maksimale realiserede effekt.")]
    [InlineData("at nærmeste leder gennem den årlige medarbejderudviklingssamtale indgår aftale om kompetenceudvikling med henblik på at sikre optimal anvendelse af it i den enkeltes arbejdsopgaver.")]
    [InlineData("Derfor har vi øje for digitale løsningers muligheder i forhold til opgaveløsningen, såvel som behovet for kompetence hos medarbejderne til at udnytte disse.")]
    [InlineData("vi ønsker at realisere en øget nytteværdi i forhold til vores kørende løsninger, og når vi anskaffer nye løsninger.")]
    [InlineData("Ledelsen har et afgørende ansvar for at understøtte og fremme it i undervisningen og læringen.")]
    [InlineData("lederens holdning og handlemønster vil afspejles hos dennes medarbejdere, og således spredes som ringe i vandet ud i organisationen.")]
    // 5. Tilblivelse
    [InlineData("Fokusområderne udmøntes derefter i pejlemærker, der angiver, om institutionen er på rette vej.")]
    [InlineData("Dokumentet har undervejs været til høring hos medarbejderne i institutionerne.")]
    [InlineData("Vejle Kommunes digitaliseringsstrategi for Sprogcenter Vejle, Center For Specialundervisning og Ungdomsskolen er gældende for perioden 2011 – 2015.")]
    [InlineData("Strategien evalueres mindst en gang årligt, så vi sikrer sammenhæng med de forandringer, der sker i vores verden.")]
    [InlineData("Dette inspirationskatalog indeholder en række ideer for implementering og nytænkning af anvendelse af fleksible digitale løsninger.")]
    public void A_sentence_of_the_seed_is_on_the_site(string sentence) =>
        Assert.Contains(sentence, site.TextOf(Strategy), StringComparison.Ordinal);
}
