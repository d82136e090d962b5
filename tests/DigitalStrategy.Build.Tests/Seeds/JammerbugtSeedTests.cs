using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>
/// Builds the real input/ and checks that Jammerbugt Kommune's Digitaliseringsstrategi for skoler,
/// dagtilbud and dagpleje (seed 004_82ab7edcabfd38d5.txt) is published completely and in its own words.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class JammerbugtSeedTests(RealSite site)
{
    private const string Strategy = "jammerbugt/digitaliseringsstrategi";

    [Fact]
    public void The_real_input_builds() =>
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

    [Fact]
    public void The_strategy_has_the_seeds_three_fokusomraader()
    {
        // Seed "FOKUSOMRÅDER I DIGITALISERINGSSTRATEGIEN": three bullets, each a section of its own later.
        var expected = new[]
        {
            "Udvikling af børn og unges digitale kompetencer",
            "Det digitale forældresamarbejde",
            "Ledelse og medarbejderes anvendelse af IT",
        };
        var overview = site.Page(Strategy + "/");
        var links = overview.QuerySelectorAll(".focus-area h3 a").ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(expected, links.Select(a => Normalize(a.TextContent)));
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'), "index.html")), href);
        }
    }

    [Fact]
    public void Every_one_of_the_seven_goals_has_its_own_page_with_actions()
    {
        // Seed: "MÅLENE FOR UDVIKLINGEN AF BØRN OG UNGES DIGITALE KOMPETENCER ER DERFOR" (3 bullets)
        // plus the "specifik målsætning i forhold til digital mobning" (1), "MÅLENE FOR DET DIGITALE
        // FORÆLDRESAMARBEJDE" (2 bullets) and "MÅLET FOR LEDELSE OG MEDARBEJDERES ANVENDELSE AF IT" (1): 7.
        var expected = new[]
        {
            "At børn og unge har grundlæggende digitale færdigheder og teknologiforståelse",
            "At børn og unge anvender digitale redskaber kritisk og kreativt",
            "At børn og unge begår sig etisk, sikkert og hensigtsmæssigt i digitale sammenhænge",
            "At alle skoler og dagtilbud har en aktiv indsats for forebyggelse af digital mobning og en procedure ved digital mobning.",
            "At forældresamarbejdet bygger på en fælles forståelse for og forventning til den digitale kommunikation og dialog mellem dagtilbud, skole og forældre",
            "Samarbejde med hjemmet sker med henblik på at inddrage og ansvarliggøre børn og unge i deres egen udvikling",
            "At anvendelsen af IT meningsfuldt og naturligt understøtter udviklingen af den pædagogiske- og ledelsesmæssige praksis",
        };
        var goalDirs = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy, "maal")).ToList();
        Assert.Equal(7, goalDirs.Count);
        var pages = goalDirs.Select(dir => site.Page($"{Strategy}/maal/{Path.GetFileName(dir)}/")).ToList();
        foreach (var statement in expected)
        {
            var page = Assert.Single(pages, p => Normalize(p.QuerySelector("h1")!.TextContent) == statement);
            Assert.NotEmpty(page.QuerySelectorAll(".action"));
        }
    }

    [Fact]
    public void The_seed_has_twenty_tiltag_in_its_three_focus_areas()
    {
        // Seed "TILTAGENE FOR UDVIKLINGEN AF BØRN OG UNGES DIGITALE KOMPETENCER": Lokale digitale strategier
        // (Dagtilbud 3, Skole 4), Kompetenceudvikling (Dagtilbud 3, Skole 2), Mere plads til at eksperimentere (1) = 13;
        // "TILTAG FOR DET DIGITALE FORÆLDRESAMARBEJDE": Lokale principper (3) = 3;
        // "TILTAG FOR LEDELSE OG MEDARBEJDERES ANVENDELSE AF IT": Ledere (2), Medarbejdere (1), Det nødvendige udstyr (1) = 4.
        var expected = new Dictionary<string, int>
        {
            ["udvikling-af-boern-og-unges-digitale-kompetencer"] = 13,
            ["det-digitale-foraeldresamarbejde"] = 3,
            ["ledelse-og-medarbejderes-anvendelse-af-it"] = 4,
        };
        foreach (var (focusArea, count) in expected)
        {
            Assert.Equal(count, site.Page($"{Strategy}/{focusArea}/").QuerySelectorAll(".action[id]").Length);
        }

        // The print view repeats every action of the strategy on one page by design.
        var all = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy))
            .Where(dir => File.Exists(Path.Combine(dir, "index.html")) && Path.GetFileName(dir) != "print")
            .Sum(dir => site.Page(Path.GetRelativePath(site.Output, dir) + "/").QuerySelectorAll(".action[id]").Length);
        Assert.Equal(20, all);
    }

    [Fact]
    public void The_tiltag_against_digital_bullying_serve_the_goal_on_digital_bullying()
    {
        var page = site.Page($"{Strategy}/maal/indsats-mod-digital-mobning/");
        var actions = page.QuerySelectorAll(".action .action-text").Select(a => Normalize(a.TextContent)).ToList();
        Assert.Contains("Elevråd, ledelse og medarbejdere udarbejder i fællesskab en digital strategi med fokus på at forbygge og håndtere digital mobning", actions);
        Assert.Contains("Den skal specifikt indeholde en vejledning for, hvordan digital mobning håndteres", actions);
        Assert.Contains("SSPs materialet ”Dit liv på nettet” inddrages i processen", actions);
    }

    [Fact]
    public void The_five_chapters_of_prose_are_listed_and_there_are_no_appendices()
    {
        // Seed: INDLEDNING, FOKUSOMRÅDER I DIGITALISERINGSSTRATEGIEN, VISIONEN FOR DIGITALISERINGSSTRATEGIEN,
        // the paragraph on how the strategy was made (no heading in the seed) and OPFØLGNING.
        var overview = site.Page(Strategy + "/");
        var chapters = overview.QuerySelectorAll(".chapter-list a").Select(a => Normalize(a.TextContent)).ToList();
        Assert.Equal(5, chapters.Count);
        Assert.Equal(
            ["Indledning", "Fokusområder i digitaliseringsstrategien", "Visionen for digitaliseringsstrategien", "Sådan er digitaliseringsstrategien blevet til", "Opfølgning"],
            chapters);
        // The seed has no "Bilag".
        Assert.False(Directory.Exists(Path.Combine(site.Output, Strategy, "bilag")));
    }

    [Theory]
    // Indledning
    [InlineData("Digitaliseringen har medført, at digitale medier og platforme er blevet en naturlig del af børn, unge og voksnes hverdag.")]
    [InlineData("Den digitale dannelse dækker over børn og unges evne til at begå sig i digitale fællesskaber ud fra generel webetik samtidig med, at de har evnen til at forholde sig kritisk til information fra nettet og vurdere ressourcers relevans.")]
    [InlineData("Digitaliseringen har også skabt helt nye rammer for forældresamarbejdet, hvor Forældreintra og Family, og i fremtiden Aula, er blevet en integreret del af den digitale kommunikation.")]
    [InlineData("Strategien vil derfor fokusere på at integrere de nye datamuligheder i praksis.")]
    // Visionen
    [InlineData("IT anvendes til at understøtte børn og unges læring og trivsel.")]
    [InlineData("IT anvendes til at understøtte forældreinddragelse og -dialog om deres børns faglige udvikling og trivsel med udgangspunkt i forældrenes forskellige forudsætninger")]
    // Tilblivelse, with the pupils' camp
    [InlineData("I processen har arbejdsgruppen fået input fra Jammerbugt Kommunes elevråd.")]
    [InlineData("Dette skete via en to-dages elevcamp, hvor elever i samarbejde med Dansk Center for Undervisningsmiljø kom med input til digitaliseringsstrategien.")]
    // Udvikling af børn og unges digitale kompetencer
    [InlineData("De er en forudsætning for alt lige fra anvendelsen af e-boks og borger.dk til deltagelse i den offentlige debat.")]
    [InlineData("Børn og unge kan ofte virke som digitale indfødte.")]
    [InlineData("Dette er der fra nationalt hold sat fokus på ved, at alle kommuner og skoler skal have en antimobbestrategi, der også omfatter det digitale område.")]
    [InlineData("Uddannelse af digital didaktiske vejledere, der kan vejlede og inspirere kollegaer i anvendelsen af digitale redskaber")]
    [InlineData("I skoler og dagtilbuds planlægning skal der skabes rum til fælles nysgerrighed omkring teknologi og muligheder for at eksperimentere med teknologi i praksis")]
    // Det digitale forældresamarbejde
    [InlineData("Den digitale kommunikation er dog kun et supplement og ikke en erstatning for den direkte personlige kontakt mellem forældre, medarbejdere og ledelse.")]
    [InlineData("Fx modtager forældrene meget information digitalt uden barnet og den unge bliver involveret.")]
    [InlineData("I principperne for forældresamarbejdet indarbejdes det digitale samarbejde på baggrund af lokale drøftelser mellem ledelse, medarbejdere, skole- og forældrebestyrelse")]
    // Ledelse og medarbejderes anvendelse af IT
    [InlineData("Med nationale målsætninger om fortsat udvikling af den offentlige sektor i et digitaliseringsperspektiv, ændres mulighederne for at tilrettelægge og udføre den kommunale service.")]
    [InlineData("Ledelsen opnår kompetencer til at konstruere, udvælge og analysere nye typer af data, som gøres tilgængelig med den digitale udvikling")]
    [InlineData("Adgang til de nødvendige digitale redskaber for at implementere digitaliseringsstrategien i praksis")]
    // Opfølgning
    [InlineData("Der vil blive fulgt op på implementering af digitaliseringsstrategien efter et år.")]
    [InlineData("Den samlede digitaliseringsstrategi vil blive evalueret og revideret efter to år.")]
    [InlineData("FagMed for Skole og Dagtilbud vil komme med input til den samlede evaluering af digitaliseringsprocessen.")]
    public void A_sentence_of_the_seed_is_on_the_site(string sentence) =>
        Assert.Contains(sentence, site.TextOf(Strategy), StringComparison.Ordinal);
}
