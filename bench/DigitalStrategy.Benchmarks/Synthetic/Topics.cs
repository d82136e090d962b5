namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>A focus area's subject: its title, the themes its goals and actions belong to, and its key words.</summary>
public sealed record FocusTopic(string Title, IReadOnlyList<string> Themes, IReadOnlyList<string> Keywords);

/// <summary>The subjects and headings the real strategies use, for titles of focus areas, chapters and categories.</summary>
public static class Topics
{
    public static readonly FocusTopic[] FocusAreas =
    [
        new("Pædagogisk sigte", ["teknologiforstaaelse", "paedagogik-og-didaktik"], ["Legens betydning", "Læringsmiljøer"]),
        new("Didaktisk sigte", ["paedagogik-og-didaktik", "laeringsplatform"], ["Undervisningsforløb", "Digitale læremidler"]),
        new("Anvendelse af data", ["data"], ["Velovervejet brug af data"]),
        new("Kommunikation", ["kommunikation", "foraeldresamarbejde"], ["Aula", "Kanalstrategi"]),
        new("Kompetenceudvikling", ["kompetenceudvikling"], ["Kurser", "Praksisnær vejledning"]),
        new("Teknik og enheder", ["enheder-og-udstyr", "infrastruktur"], ["Elevcomputere", "Trådløst netværk"]),
        new("Organisering", ["ledelse"], ["Roller og ansvar"]),
        new("Ledelse og styring", ["ledelse", "data"], ["Ledelsesinformation", "Styregruppe"]),
        new("Læring", ["paedagogik-og-didaktik", "laeringsplatform"], ["Læringsplatform", "Fagportaler"]),
        new("Digital dannelse", ["digital-dannelse", "trivsel-og-sikkerhed"], ["Kildekritik", "Netetik"]),
        new("Det digitale forældresamarbejde", ["foraeldresamarbejde", "kommunikation"], ["Forældreportal", "Dialog"]),
        new("Infrastruktur og drift", ["infrastruktur", "support-og-drift"], ["Netværk", "Support"]),
        new("Dagpleje", ["paedagogik-og-didaktik"], ["Leg", "Dagplejere"]),
        new("Trivsel og sikkerhed", ["trivsel-og-sikkerhed"], ["Digital mobning", "Informationssikkerhed"]),
        new("Læringsplatforme og læremidler", ["laeringsplatform"], ["Meebook", "Fagportaler"]),
        new("Teknologiforståelse", ["teknologiforstaaelse"], ["Programmering", "Robotter"]),
        new("Inklusion", ["inklusion"], ["Hjælpemidler", "Specialundervisning"]),
        new("Innovation og udvikling", ["paedagogik-og-didaktik", "teknologiforstaaelse"], ["Forsøg", "Udviklingsprojekter"]),
        new("Helhed", ["ledelse"], ["Sammenhæng"]),
        new("Videndeling", ["kompetenceudvikling", "kommunikation"], ["Netværk", "Erfaringsudveksling"]),
    ];

    public static readonly string[] Chapters =
    [
        "Indledning", "Vision", "Mission", "Hvad vil vi med teknologien?", "Fra strategi til praksis", "Strategiens tilblivelse",
        "Opfølgning og evaluering", "Udvalgte indsatser", "Organisering og ansvar", "Baggrund", "Fokusområder",
        "It skaber nye muligheder", "Fra strategi til pædagogisk virkelighed", "Indsatsplan",
    ];

    public static readonly string[] AppendixChapters =
    [
        "Om brugerportalsinitiativet", "Bekendtgørelse for pædagogiske læringscentre", "Pædagogisk diplomuddannelse",
        "Kapacitetsmodellen", "Gabs analysen",
    ];

    public static readonly (string Id, string Title)[] Categories =
    [
        ("kompetenceudvikling", "Kompetenceudvikling og udvikling af nye undervisningsmuligheder"), ("udstyr", "Udstyr"),
        ("digitale-platforme", "Digitale platforme"), ("data-og-dokumentation", "Data og dokumentation"),
        ("kommunikation", "Kommunikation med forældre"),
    ];

    public static readonly string[] TargetGroups = ["børn", "unge", "medarbejdere", "forældre", "ledere"];

    public static readonly string[] Areas = ["dagpleje", "dagtilbud", "skole", "SFO", "ungdomsskole"];

    /// <summary>Terms a strategy explains in its own word list (Herning's "Ordforklaring").</summary>
    public static readonly (string Term, string? Expansion)[] StrategyTerms =
    [
        ("Blended learning", null), ("CBL", "Center for børn og læring"), ("CFU", "Center for Undervisningsmidler"),
        ("Digitale læremidler", null), ("Enheder", null), ("It-ambassadør", null), ("LMS", "Learning Management System"),
        ("Mediepædagogik", null), ("Office 365", null), ("Ressourceperson", null), ("BYOD", "Bring Your Own Device"),
        ("Kapacitetsmodel", null), ("Årshjul", null), ("Dataetik", null), ("Skoletube", null), ("PPR", "Pædagogisk Psykologisk Rådgivning"),
    ];
}
