namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// The vocabulary of the synthetic strategies: real Danish words of the field, and the parts of
/// the compounds Danish builds from them (lærings + platform, kompetence + udvikling), so the
/// search index sees a vocabulary and compounds like those of the real documents.
/// </summary>
public static class DanishWords
{
    /// <summary>A subject as it begins a sentence and as it stands after the verb ("Derfor styrker vi …").</summary>
    public static readonly (string Start, string Inside)[] Subjects =
    [
        ("Vi", "vi"), ("Skolerne", "skolerne"), ("Dagtilbuddene", "dagtilbuddene"), ("Medarbejderne", "medarbejderne"),
        ("Ledelsen", "ledelsen"), ("PLC", "PLC"), ("IT-vejlederne", "IT-vejlederne"), ("Forvaltningen", "forvaltningen"),
        ("Lærerne og pædagogerne", "lærerne og pædagogerne"), ("Styregruppen", "styregruppen"), ("Kommunen", "kommunen"),
        ("Hver institution", "hver institution"), ("Skoleledelserne", "skoleledelserne"), ("Dagplejen", "dagplejen"),
        ("Ressourcepersonerne", "ressourcepersonerne"), ("Børne- og Ungeforvaltningen", "Børne- og Ungeforvaltningen"),
    ];

    /// <summary>Verbs as present tense and infinitive.</summary>
    public static readonly (string Present, string Infinitive)[] Verbs =
    [
        ("styrker", "styrke"), ("udvikler", "udvikle"), ("understøtter", "understøtte"), ("sikrer", "sikre"),
        ("implementerer", "implementere"), ("afprøver", "afprøve"), ("evaluerer", "evaluere"), ("udbygger", "udbygge"),
        ("kvalificerer", "kvalificere"), ("prioriterer", "prioritere"), ("samler", "samle"), ("formidler", "formidle"),
        ("bruger", "bruge"), ("anvender", "anvende"), ("deler", "dele"), ("følger op på", "følge op på"),
        ("indfører", "indføre"), ("opbygger", "opbygge"), ("tilbyder", "tilbyde"), ("koordinerer", "koordinere"),
        ("kortlægger", "kortlægge"), ("forankrer", "forankre"), ("videreudvikler", "videreudvikle"),
        ("digitaliserer", "digitalisere"), ("systematiserer", "systematisere"), ("inddrager", "inddrage"),
        ("nytænker", "nytænke"), ("målretter", "målrette"), ("tydeliggør", "tydeliggøre"), ("vurderer", "vurdere"),
    ];

    /// <summary>Adjectives in the form used before a plural or definite noun.</summary>
    public static readonly string[] Adjectives =
    [
        "digitale", "fælles", "pædagogiske", "nye", "tværgående", "lokale", "kommunale", "trygge", "systematiske",
        "innovative", "kreative", "faglige", "didaktiske", "relevante", "velfungerende", "meningsfulde", "sammenhængende",
        "praksisnære", "inkluderende", "målrettede", "tekniske", "mobile", "eksisterende", "tidssvarende",
    ];

    /// <summary>First parts of compounds, with their joining s or e where Danish has one.</summary>
    public static readonly string[] CompoundHeads =
    [
        "lærings", "undervisnings", "kompetence", "forældre", "elev", "medarbejder", "skole", "dagtilbuds", "trivsels",
        "sprog", "data", "medie", "informations", "kommunikations", "ledelses", "netværks", "kursus", "udviklings",
        "samarbejds", "evaluerings", "implementerings", "bruger", "fag", "teknologi", "viden", "innovations", "klasse",
        "program", "projekt", "test", "institutions", "personale", "barne", "ungdoms", "inklusions", "sikkerheds",
    ];

    /// <summary>Last parts of compounds that are plural nouns.</summary>
    public static readonly string[] PluralTails =
    [
        "platforme", "portaler", "forløb", "miljøer", "værktøjer", "systemer", "netværk", "møder", "planer", "vejledere",
        "ressourcer", "aftaler", "løsninger", "tiltag", "indsatser", "målinger", "materialer", "moduler", "strategier",
        "fællesskaber", "kompetencer", "processer", "rammer", "grupper", "teams", "konferencer", "kurser", "enheder",
    ];

    /// <summary>Last parts of compounds that are singular common-gender nouns ("en læringsplatform").</summary>
    public static readonly string[] SingularTails =
    [
        "platform", "portal", "strategi", "plan", "model", "løsning", "indsats", "politik", "vejledning", "funktion",
        "organisering", "koordinator", "kultur", "praksis",
    ];

    /// <summary>Last parts of compounds that are mass nouns ("kompetenceudvikling").</summary>
    public static readonly string[] MassTails =
    [
        "udvikling", "forståelse", "samarbejde", "sikkerhed", "dannelse", "indsamling", "deling", "ledelse",
        "pædagogik", "kommunikation", "opfølgning", "understøttelse", "anvendelse",
    ];

    /// <summary>Nouns of the field that are not built here from parts.</summary>
    public static readonly string[] Nouns =
    [
        "digital dannelse", "teknologiforståelse", "kompetenceudvikling", "forældresamarbejde", "videndeling",
        "informationssikkerhed", "mediepædagogik", "programmering", "efteruddannelse", "læringsmiljøer",
        "undervisningsforløb", "ressourcepersoner", "elevcomputere", "trivselsmålinger", "sprogvurderinger", "fagportaler",
        "læremidler", "brugeradgange", "ledelsesinformation", "trådløst netværk", "praksisnær kompetenceudvikling",
        "børnemiljøet", "voksenmiljøet", "årshjulet", "den digitale kanalstrategi", "forældreportalen",
        "læringsplatformen", "kommunikationsplatformen", "den pædagogiske praksis", "skole-hjem-samarbejdet",
    ];

    /// <summary>Systems and products the real strategies name.</summary>
    public static readonly string[] Products =
    [
        "Aula", "Meebook", "Microbit", "MinUddannelse", "Office 365", "Microsoft Teams", "Google Workspace", "Unilogin",
        "Hjernen og Hjertet", "Chromebooks", "iPads", "3D-printere", "Lego Spike", "Bee-Bots", "Skoletube",
        "Nembørn", "Tabulex", "SkoleIntra", "ForældreIntra", "Clio", "Gyldendals fagportaler",
    ];

    /// <summary>Phrases that end a sentence: where, with whom or why.</summary>
    public static readonly string[] Endings =
    [
        "i dagtilbud og skole", "på tværs af institutionerne", "i samarbejde med forældrene", "gennem hele skoleforløbet",
        "i den daglige praksis", "med fokus på trivsel og læring", "for alle børn og unge", "i løbet af strategiperioden",
        "i tæt dialog med ledelsen", "i alle fag", "fra 0. til 9. klasse", "i børnenes hverdag", "på dagtilbudsområdet",
        "på skoleområdet", "i hele 0-18 års-området", "så alle får gavn af det", "med udgangspunkt i børnenes behov",
        "i de kommende skoleår", "i et trygt læringsmiljø", "sammen med PLC",
    ];

    /// <summary>Nouns of action that begin a short appendix line ("Udrulning af Aula").</summary>
    public static readonly string[] ActionNouns =
    [
        "Udrulning af", "Implementering af", "Afprøvning af", "Evaluering af", "Udbygning af", "Kortlægning af",
        "Indkøb af", "Opdatering af", "Udskiftning af", "Etablering af", "Fortsat arbejde med", "Fokus på",
        "Kurser i", "Oplæg om", "Temadag om", "Netværksmøder om", "Sparring om", "Erfaringsudveksling om",
    ];

    public static readonly string[] TownPrefixes =
    [
        "Ege", "Birke", "Lunde", "Holme", "Skov", "Sønder", "Nørre", "Vester", "Øster", "Bro", "Kirke", "Mølle", "Sand",
        "Hede", "Fjord", "Strand", "Dal", "Bakke", "Eng", "Mose", "Lyng", "Rosen", "Hvid", "Grøn", "Ask", "Bøge",
    ];

    public static readonly string[] TownSuffixes =
    [
        "rup", "sted", "borg", "lev", "bjerg", "by", "holm", "havn", "løse", "ager", "hus", "vig", "ling", "bæk", "skov",
    ];

    public static readonly string[] InstitutionKinds =
    [
        "skolen", "skole", "Børnehuset", "Børnehaven", "Ungdomsskole", "Sprogcenter", "Fritidscenter",
    ];

    public static readonly string[] Flowers =
    [
        "Solsikken", "Mælkebøtten", "Kastanjen", "Regnbuen", "Myretuen", "Spiren", "Troldehøjen", "Æblehaven",
    ];

    public static readonly string[] Owners =
    [
        "IT-vejlederteamet", "Skolechefen", "PLC", "Dagtilbudschefen", "Institutionsledelsen", "Forvaltningens it-afdeling",
        "Skoleledelsen", "Pædagogisk konsulent", "Digitaliseringskoordinatoren", "Styregruppen for digitalisering",
    ];

    public static readonly string[] Groups =
    [
        "Kompetenceudvikling", "Ledere", "Lokale digitale strategier", "Udstyr og drift", "Forældre", "Netværk",
    ];

    public static readonly string[] Statuses = ["Er igangsat", "Afventer", "Gennemført", "Er påbegyndt", "Planlagt"];
}
