namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>The files of the whole site: site.yml with the accessibility statement, themes.yml and glossary.yml.</summary>
public static class SharedFiles
{
    /// <summary>The shared themes, as the real input/themes.yml has them.</summary>
    public static readonly (string Id, string Title, string Description)[] Themes =
    [
        ("digital-dannelse", "Digital dannelse", "At børn og unge lærer at færdes trygt, kritisk og ansvarligt i en digital verden."),
        ("teknologiforstaaelse", "Teknologiforståelse", "At børn og unge forstår, bruger og skaber teknologi – fra leg med robotter til programmering."),
        ("paedagogik-og-didaktik", "Pædagogik, didaktik og læringsmiljøer", "Hvordan it og digitale medier bruges i leg, læring og undervisning."),
        ("kompetenceudvikling", "Kompetenceudvikling", "Uddannelse, kurser og vejledning, så medarbejdere og ledere kan bruge de digitale muligheder."),
        ("laeringsplatform", "Læringsplatforme og digitale læremidler", "Læringsplatforme, fagportaler og andre digitale læremidler i dagtilbud og skole."),
        ("foraeldresamarbejde", "Forældresamarbejde", "Samarbejdet og kommunikationen mellem institutionen og forældrene."),
        ("kommunikation", "Kommunikation og intra", "Intranet, beskeder og den digitale kommunikation mellem børn, medarbejdere og forældre."),
        ("enheder-og-udstyr", "Enheder og udstyr", "Computere, tablets, interaktive tavler og andet udstyr."),
        ("infrastruktur", "Netværk og infrastruktur", "Trådløst netværk, brugeradgange og de tekniske rammer."),
        ("support-og-drift", "Support og drift", "Hjælp til brugerne og drift af it-systemer og udstyr."),
        ("data", "Data og evaluering", "Brug af data om læring og trivsel, og hvordan indsatserne følges op og evalueres."),
        ("ledelse", "Ledelse og organisering", "Ledelsens rolle, roller og ansvar, styregrupper og netværk."),
        ("trivsel-og-sikkerhed", "Trivsel og digital sikkerhed", "Trivsel på nettet, digital mobning, sikkerhed og beskyttelse af børns data."),
        ("inklusion", "Inklusion og specialpædagogik", "Digitale hjælpemidler og teknologi, der giver alle børn og unge mulighed for at deltage."),
    ];

    public static readonly IReadOnlyList<string> ThemeIds = Themes.Select(t => t.Id).ToArray();

    /// <summary>Terms of the shared glossary; abbreviations (all capitals) carry their expansion.</summary>
    public static readonly (string Term, string? Expansion, string Definition)[] Glossary =
    [
        ("Aula", null, "Den fælles kommunikationsplatform for folkeskoler og dagtilbud, hvor forældre, elever og medarbejdere skriver sammen."),
        ("BPI", "Brugerportalsinitiativet", "Brugerportalsinitiativet. En aftale mellem regeringen og KL om læringsplatforme og en fælles kommunikationsplatform."),
        ("Dagtilbud", null, "Vuggestuer, børnehaver, integrerede institutioner og dagpleje for børn, før de begynder i skole."),
        ("Digital dannelse", null, "Børn og unges evne til at begå sig i digitale fællesskaber og forholde sig kritisk til information fra nettet."),
        ("Fagportal", null, "Et digitalt læremiddel til et fag med tekster, opgaver og forløb, som eleverne arbejder med på nettet."),
        ("IT-vejleder", null, "En lærer eller pædagog med særlig viden om it i undervisningen, som vejleder kollegerne."),
        ("KL", "Kommunernes Landsforening", "Kommunernes Landsforening, de danske kommuners fælles interesse- og medlemsorganisation."),
        ("Læringsplatform", null, "Et it-system, hvor lærere og pædagoger planlægger forløb, og hvor eleverne finder og afleverer opgaver."),
        ("Meebook", null, "En læringsplatform, hvor lærere og pædagoger planlægger forløb og deler dem med børn og forældre."),
        ("PLC", "Pædagogisk læringscenter", "Pædagogisk læringscenter. Skolens center for læremidler, it og vejledning."),
        ("SkoleIntra", null, "Skolernes tidligere intranet til beskeder mellem skole, elever og forældre. Aula har afløst det."),
        ("SSP", null, "Samarbejdet mellem skole, socialforvaltning og politi om at forebygge kriminalitet og mistrivsel."),
        ("Teknologiforståelse", null, "At kunne forstå, bruge og skabe digital teknologi, fx ved at programmere og designe."),
        ("Unilogin", null, "Det login, som børn, elever og medarbejdere bruger til skolens digitale tjenester."),
        ("Kompetenceudvikling", null, "Kurser, uddannelse og vejledning, der giver medarbejderne nye færdigheder."),
    ];

    public static string SiteYml() => new YamlText()
        .Comment("A synthetic site written by `bench generate`: Danish-like text shaped like the real input/.")
        .Field(0, "title", "Digitale strategier for børn og unge")
        .Field(0, "description", "Syntetiske strategier til at måle, hvordan sitet og søgningen klarer sig med mange kommuner.")
        .Line()
        .Line("accessibility:")
        .Field(2, "organisation", "Redaktionen af Digitale strategier for børn og unge")
        .Field(2, "email", "tilgaengelighed@digitalestrategier.dk")
        .Field(2, "phone", "+45 12 34 56 78")
        .Field(2, "status", "delvist")
        .Field(2, "reviewed", "2026-11-01")
        .Block(2, "evaluation", "Vi har vurderet sitet selv med automatiske test af alle sider.\n\nSitet er endnu ikke testet af brugere, der bruger skærmlæser.")
        .Line("  known_issues:")
        .Field(4, "- title", "Lange ord deles uden bindestreg på smalle skærme")
        .Block(6, "description", "Nogle browsere deler ikke lange danske ord med bindestreg.")
        .Field(6, "criterion", "1.4.10")
        .ToString();

    public static string ThemesYml()
    {
        var yaml = new YamlText().Line("themes:");
        foreach (var (id, title, description) in Themes)
        {
            yaml.Field(2, "- id", id).Field(4, "title", title).Field(4, "description", description);
        }

        return yaml.ToString();
    }

    public static string GlossaryYml()
    {
        var yaml = new YamlText().Line("terms:");
        foreach (var (term, expansion, definition) in Glossary)
        {
            yaml.Field(2, "- term", term).Field(4, "expansion", expansion).Field(4, "definition", definition);
        }

        return yaml.ToString();
    }
}
