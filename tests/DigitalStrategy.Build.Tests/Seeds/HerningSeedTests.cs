using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>
/// Builds the real input/ and checks that Herning Kommune's fælles it-strategi 2016-2020 for
/// dagtilbud, dagpleje and skole (seed 003_1cac4767ea6a0e54.txt) is published completely and in
/// its own words.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class HerningSeedTests(RealSite site)
{
    private const string Strategy = "herning/faelles-it-strategi-2016-2020";

    [Fact]
    public void The_real_input_builds() =>
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

    [Fact]
    public void The_focus_areas_are_the_goal_groups_the_five_themes_and_the_dagpleje()
    {
        // Seed 2.1 "Målsætninger" and 2.2 "Operationelle mål" hold the goals; chapters 4-8 are the five
        // main themes of the capacity model ("de 5 kapacitetsområder"); chapter 9 is "Dagpleje".
        var expected = new[]
        {
            "Målsætninger", "Operationelle mål", "Læring, læringsmiljøet og læremidler",
            "Kommunikation, videndeling og dokumentation", "Organisering", "Kompetenceudvikling",
            "Teknik og enheder", "Dagpleje",
        };
        var links = site.Page(Strategy + "/").QuerySelectorAll(".focus-area h3 a").ToList();
        Assert.Equal(8, links.Count);
        Assert.Equal(expected, links.Select(a => Normalize(a.TextContent)));
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(site.Output, link.GetAttribute("href")!.TrimStart('/'), "index.html"))));
    }

    [Fact]
    public void The_seven_maalsaetninger_and_eight_operationelle_maal_have_their_own_pages()
    {
        // Seed 2.1: målsætninger numbered 1-7; seed 2.2: eight unnumbered operationelle mål (bullets).
        var maalsaetninger = new Dictionary<string, string>
        {
            ["1"] = "It anvendes og understøtter kommunikation, videndeling og samarbejde mellem børn, forældre, personale, ledelse og forvaltning.",
            ["2"] = "Læring gennem it bliver en naturlig del af læringsmiljøet for børn, lærere og pædagoger og fremmer pædagogisk og didaktisk nytænkning.",
            ["3"] = "It benyttes som et naturligt redskab, der sikrer digital dannelse og læring for alle børn.",
            ["4"] = "Læringskulturen sikres gennem en løbende kompetenceudvikling, hvor børn, personale, ledere og ressourcepersoner gensidigt udnytter hinandens potentialer i læringsfællesskaber.",
            ["5"] = "IT og medie-vejledningen er en integreret del af det Pædagogiske Lærings Centers (PLC) funktion på skoleområdet.",
            ["6"] = "Den tekniske it-drift og infrastruktur er forventningsafstemt, stabil og velfungerende.",
            ["7"] = "It-strategien er klar, kendt og anvendt.",
        };
        var operationelleMaal = new[]
        {
            "At den samlede it- arkitektur beskrevet som Brugerportalsinitiativet udnyttes optimalt i Herning Kommune.",
            "At dagtilbud og skoler etablerer fleksible læringsrum understøttet med it",
            "At skolerne fortsat satser på web-baserede digitale læremidler og værktøjer.",
            "At skolerne lever op til ”Nye Fælles Mål”",
            "At alle børn gennem anvendelsen af it, får den hjælp og de udfordringer de har brug for, så de bliver så dygtige de kan.",
            "At dagtilbud og skoler, sammen med CBL, sikrer en løbende kompetenceudvikling på it og medieområdet for alt pædagogisk personale",
            "At vejledningsfunktionen på PLC på skoler og for it ambassadører i dagtilbud organiseres således",
            "At dagtilbud og skoler bliver vejledt om digitalt udstyr gennem central ordning via DBL –IT",
        };

        var goalDirs = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy, "maal")).ToList();
        Assert.Equal(7 + 8, goalDirs.Count);
        var pages = goalDirs.Select(dir => site.Page($"{Strategy}/maal/{Path.GetFileName(dir)}/")).ToList();
        foreach (var (number, statement) in maalsaetninger)
        {
            var page = Assert.Single(pages, p => Heading(p).StartsWith(statement, StringComparison.Ordinal));
            Assert.Contains($"Mål {number} i Målsætninger", Normalize(page.QuerySelector(".eyebrow")!.TextContent), StringComparison.Ordinal);
        }

        foreach (var statement in operationelleMaal)
        {
            var page = Assert.Single(pages, p => Heading(p).StartsWith(statement, StringComparison.Ordinal));
            Assert.Contains("Operationelle mål", page.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Maalsaetning_3_has_its_three_targets_for_school_and_daycare()
    {
        // Seed 2.1, målsætning 3: 4.-10. klasse, 0-3. klasse, dagtilbud og dagpleje.
        var page = site.Page($"{Strategy}/maal/it-som-naturligt-redskab-for-alle-boern/");
        var targets = page.QuerySelectorAll(".target").Select(t => Normalize(t.TextContent)).ToList();
        Assert.Equal(3, targets.Count);
        Assert.Contains("I 0-3. skal der være adgang til enheder og udstyr.", targets);
    }

    [Fact]
    public void Every_tiltag_of_the_three_indsatsplan_tables_stands_under_its_theme_and_area()
    {
        // Seed chapter 13 "Indsatsplan": three tables with the columns Læring og læremidler,
        // Kommunikation og videndeling, Organisering, Kompetence indsats, Teknik og enheder.
        // Dagtilbud - institutioner: rows of 5, 5, 5, 5, 4 and 2 tiltag = 26.
        // Dagtilbud - dagplejen: 1 row across the table + 1 row of 5 tiltag = 6.
        // Skoleområdet: rows of 5, 5, 5, 4, 2 and 2 tiltag = 23.
        var perFocusArea = new Dictionary<string, int>
        {
            ["laering-laeringsmiljoeet-og-laeremidler"] = 4 + 1 + 6,
            ["kommunikation-videndeling-og-dokumentation"] = 5 + 1 + 3,
            ["organisering"] = 5 + 1 + 6,
            ["kompetenceudvikling"] = 6 + 1 + 4,
            ["teknik-og-enheder"] = 6 + 1 + 4,
            ["dagpleje"] = 1,
            ["maalsaetninger"] = 0,
            ["operationelle-maal"] = 0,
        };
        var actions = perFocusArea.Keys.SelectMany(id => site.Page($"{Strategy}/{id}/").QuerySelectorAll(".action[id]").Select(a => (id, a))).ToList();
        Assert.Equal(55, actions.Count);
        foreach (var (id, count) in perFocusArea)
        {
            Assert.Equal(count, actions.Count(a => a.id == id));
        }

        var perArea = actions.GroupBy(a => Meta(a.a, "Område")).ToDictionary(g => g.Key ?? "", g => g.Count());
        Assert.Equal(26, perArea["dagtilbud"]);
        Assert.Equal(6, perArea["dagpleje"]);
        Assert.Equal(23, perArea["skole"]);

        // The chapters and appendices hold no tiltag of their own (the print view repeats them all, by design).
        var elsewhere = Directory.EnumerateDirectories(Path.Combine(site.Output, Strategy))
            .Select(Path.GetFileName)
            .Where(name => name is not null && !perFocusArea.ContainsKey(name) && name is not ("maal" or "print"))
            .Sum(name => site.Page($"{Strategy}/{name}/").QuerySelectorAll(".action[id]").Length);
        Assert.Equal(0, elsewhere);
    }

    [Theory]
    // Reconstructed table cells: tiltag, Ansvarlig and Tidsramme of the same column.
    [InlineData("kommunikation-videndeling-og-dokumentation", "Herning Kommune tilsluttes Brugerportalsinitiativet (BPI) både på dagtilbuds- og skoleområdet. Valg af og implementeringen af de enkelte elementer planlægges som projekter.", "IT Strategigruppe BOU. Læringsplatform – Jens Ole Mogensen, Samarbejdsplatform – Peter Mortensen", "2016- 2022")]
    [InlineData("kompetenceudvikling", "It- Ambassadører tilbydes uddannelse på diplomniveau med 1 modul i vejledning og organisatoriske læreprocesser i løbet af strategiperioden", "CBL / P-IT", "1 kvart. 2017 (og frem)")]
    [InlineData("teknik-og-enheder", "Der arbejdes frem mod, at alle uddannede pædagogiske personaler skal have en enhed stillet til rådighed inden udgangen af 2020.", "Institutionsledelsen", "2016-2020")]
    [InlineData("kommunikation-videndeling-og-dokumentation", "Dagplejen knyttes an til Brugerportalsinitiativet – samarbejdsplatformen sammen med institutionerne i 2020.", "BPI", "2019/20")]
    [InlineData("teknik-og-enheder", "Der arbejdes fremover med en 1-1 ordning i 4-10. klasse og delingsordning i 0-3. klasse.", "CBL/ DBL", "Medio 2016 -2020")]
    [InlineData("organisering", "Der etableres et nyt kommunalt netværk for medievejlederne, som mødes et antal gange årligt i et fagligt forum.", "CBL/ P-IT/ Q-udvalg", "Fra skoleåret 2017-18")]
    [InlineData("laering-laeringsmiljoeet-og-laeremidler", "Centralt og decentralt evalueres anvendelsen af de digitale læremidler.", "PLC/ P-IT/ CBL medievejledning", "Første Kvartal 2017")]
    public void A_tiltag_has_the_owner_and_timeframe_of_its_table_cell(string focusArea, string text, string owner, string timeframe)
    {
        var action = Assert.Single(site.Page($"{Strategy}/{focusArea}/").QuerySelectorAll(".action[id]"),
            a => Normalize(a.QuerySelector(".action-text")!.TextContent) == text);
        Assert.Equal(owner, Meta(action, "Ansvarlig"));
        Assert.Equal(timeframe, Meta(action, "Tidsramme"));
    }

    [Fact]
    public void The_six_chapters_and_the_five_bilag_are_listed()
    {
        // Seed sections 1 Indledning, 2 Vision, 3 Status og sammenhæng, 10 Evalueringer, 12 Arbejdsgruppen,
        // 13 Indsatsplan (chapters 4-9 are focus areas, 11 Ordforklaring is the glossary), and Bilag 1-5.
        var overview = site.Page(Strategy + "/");
        var chapters = overview.QuerySelectorAll(".chapter-list a").Select(a => Normalize(a.TextContent)).ToList();
        Assert.Equal(["Indledning", "Vision", "Status og sammenhæng", "Evalueringer 2016- 2020", "Arbejdsgruppen", "Indsatsplan"], chapters);

        var appendices = overview.QuerySelectorAll(".appendix-list a").Select(a => Normalize(a.TextContent)).Where(t => t.StartsWith("Bilag", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "Bilag 1: Om brugerportalsinitiativet",
                "Bilag 2: Ny bekendtgørelse for folkeskolens pædagogiske læringscentre",
                "Bilag 3: Pædagogisk diplomuddannelse",
                "Bilag 4: Kommissorium for P-IT",
                "Bilag 5: Aktionslæringsforløb",
            ],
            appendices);
    }

    [Fact]
    public void The_ordforklaring_has_the_seeds_explained_words()
    {
        // Seed "11. Ordforklaring": 12 words, of which "Cloud løsningen Office 365" has no explanation.
        var page = site.Page($"{Strategy}/ordforklaring/");
        var terms = page.QuerySelectorAll("dl.glossary dt").Select(dt => Normalize(dt.TextContent)).ToList();
        Assert.Equal(11, terms.Count);
        Assert.Contains("KOMBIT", terms);
        Assert.Contains("PLC", terms);
        Assert.Contains("Det pædagogiske læringscenter", Normalize(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void The_organisation_chart_is_a_nested_list()
    {
        // Seed chapter 6: the drawing's labels, from "Styregruppen for digital forvaltning" down to PLC.
        var page = site.Page($"{Strategy}/organisering/");
        var top = Assert.Single(page.QuerySelectorAll(".prose > ul > li"), li => li.FirstChild!.TextContent.Trim() == "Styregruppen for digital forvaltning");
        var labels = top.QuerySelectorAll("li").Select(li => li.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(
            ["IT Strategigruppe BOU", "Samarbejdsorganisation CBL-IT", "P-IT", "Dagtilbud", "Institutioner", "Ambassadører", "Iværksætteri",
             "ERFA grupper", "SFO", "Skole", "Specialskoler", "Decentral IT support", "Medievejledere", "PLC", "Dagpleje"],
            labels);
    }

    [Fact]
    public void The_working_group_lists_every_member()
    {
        // Seed "12. Arbejdsgruppen": 4 + 5 + 5 + 5 + 3 + 1 members in six groups.
        var items = site.Page($"{Strategy}/arbejdsgruppen/").QuerySelectorAll(".prose li").ToList();
        Assert.Equal(23, items.Count);
        Assert.Equal(6, site.Page($"{Strategy}/arbejdsgruppen/").QuerySelectorAll(".prose h2").Length);
    }

    [Theory]
    // 1. Indledning
    [InlineData("Denne fælles it strategi har til formål, at der stilles de bedst mulige læringsteknologier og it-læringsmiljøer til rådighed for børnenes læring i Herning Kommune.")]
    [InlineData("Udnyttelse af de nye digitale muligheder for at optimere kommunikation, samarbejde og videndeling mellem forældre, børn, pædagogisk personale og ledelse.")]
    // 2. Vision
    [InlineData("It medvirker afgørende til børns læring og skal understøtte, at alle børn er en del af fællesskabet og at de bliver så dygtige, de kan.")]
    // 2.2 Operationelle mål
    [InlineData("Det skal give bedre muligheder for at optimere og skabe sammenhæng i læringen, understøtte kommunikation og samarbejde samt give let adgang til videndeling for alle personalegrupper.")]
    // 3. Status og sammenhæng, 3.1 Om det metodiske
    [InlineData("Den er forelagt IT-styregruppen, hvorfra den sendes til godkendelse i Børne og familieudvalget i november måned 2016.")]
    [InlineData("Dette gab omtaler vi som ”udviklingspotentialet”, og de strategiske aktiviteter har som formål at indfri dette potentiale.")]
    // 4. Læring, læringsmiljøet og læremidler
    [InlineData("Standardisering af udstyr - en såkaldt omlægning, hvor alt udstyr bliver registreret og kan serviceres fra DBL-IT.")]
    [InlineData("Institutionerne er enkeltvis blevet omlagt til kun at køre Office 365")]
    [InlineData("Mediepatruljer har på nogle skoler, med succes været med til at udbrede anvendelsen af it, gennem elev til elev vejledning.")]
    [InlineData("Hver skole og daginstitution prioriterer udarbejdelsen af lokal strategi for læring gennem it.")]
    // 5. Kommunikation, videndeling og dokumentation
    [InlineData("Meebook er valgt som læringsplatform.")]
    [InlineData("Den 25/10-2015 har BFU besluttet at tilslutte sig brugerportalsinitiativet.")]
    // 6. Organisering
    [InlineData("P-IT (Pædagogisk IT) Fælles ledernetværk der anbefaler indsatser og løsninger samt kommunikerer tiltag.")]
    [InlineData("Det er et krav, at der er 1-2 ambassadører i hver daginstitution.")]
    [InlineData("Dette frirum – Innovateket - skal håndtere og overskue nytilkomne teknologier og nye anvendelsesmuligheder og få lavet en fremadrettet og kvalificeret indsats på området.")]
    [InlineData("Tid til medievejlederen skal betragtes som en del af den samlede ressourcetildeling til PLC.")]
    // 7. Kompetenceudvikling
    [InlineData("Der er gennemført 4 kursusforløb for it ambassadører, og alle dagtilbud har nu minimum 1 it ambassadør.")]
    [InlineData("Forløbet og indsatsen vil strække sig over de næste 3½ år, hvor kompetenceindsatsen målrettes ca. 200 lærere i Herning Kommune.")]
    [InlineData("Ledelse har ansvar for, at pædagogisk personale kender og følger regler.")]
    // 8. Teknik og enheder
    [InlineData("Målsætningen er, at alle pædagoger har en voksenenhed i 2020. Det kræver indkøb af ca. 400 enheder ud over de enheder, der allerede er indkøbt.")]
    [InlineData("Den bærbare PC er elevernes digitale penalhus, både via software på computeren og via de digitale funktionelle programmer i Skyen.")]
    // 9. Dagpleje
    [InlineData("Kommunikationen mellem dagpleje og forældregruppen, går igennem \"MitBarn\".")]
    [InlineData("I 2017 udarbejdes der en egentlig it strategi for dagplejeområdet.")]
    // 10. Evalueringer
    [InlineData("Årshjulet for strategiprocesser: I CBL arbejdes der efter nedenstående årshjul når strategier og indsatser iværksættes.")]
    // 12. Arbejdsgruppen
    [InlineData("Jette Aabo Frydendahl. PBU, EVU, VIA University College. Pennefører")]
    // 13. Indsatsplan
    [InlineData("Skemaerne er vejledende og vil blive behandlet i det pædagogiske IT udvalg, når strategien er vedtaget.")]
    [InlineData("Udviklingspuljen videreføres. I 2016 er den brugt til indkøb af Gyldendals ”Leg og Lær”")]
    // Bilag 1-5
    [InlineData("Vi ved dog på nuværende tidspunkt at prisen for dagtilbud vil være lavere, da tilslutningen blev højere end forventet.")]
    [InlineData("§ 3. Bekendtgørelsen træder i kraft den 1. august 2014.")]
    [InlineData("Vurdering af læremidler med henblik på kollegial vejledning og skoleudvikling")]
    [InlineData("Samarbejdsgruppen CBL-IT forestår dagsorden og referater fra udvalgets møder")]
    [InlineData("Teamarbejdet understøttes af medievejlederne.")]
    public void A_sentence_of_the_seed_is_on_the_site(string sentence) =>
        Assert.Contains(sentence, site.TextOf(Strategy), StringComparison.Ordinal);

    private static string Heading(IDocument page) => Normalize(page.QuerySelector("h1")!.TextContent);

    private static string? Meta(IElement action, string label)
    {
        var dt = action.QuerySelectorAll(".action-meta dt").FirstOrDefault(d => d.TextContent.Trim() == label);
        return dt?.NextElementSibling is { } dd ? Normalize(dd.TextContent) : null;
    }
}
