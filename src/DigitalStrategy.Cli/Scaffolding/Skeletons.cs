using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Cli.Scaffolding;

/// <summary>
/// The first files of a new municipality or strategy: only the required fields filled in, every
/// other field shown as a Danish comment that says what it is for, with an example to uncomment.
/// </summary>
internal static class Skeletons
{
    private const string Cli = "dotnet run --project src/DigitalStrategy.Cli --";

    public static string Municipality(string id, string name) => new YamlWriter()
        .Line(YamlSchemas.Modeline($"{id}/{SourceLayout.MunicipalityFile}")!)
        .Comment($"""
            Kommunen {name}. Mappens navn, '{id}', er kommunens id: kommunens side får adressen /{id}/.
            Læg hver af kommunens strategier i sin egen mappe ved siden af denne fil, fx med:
              {Cli} new strategy --municipality {id} --id digitaliseringsstrategi --title "Digitaliseringsstrategi"
            Se docs/redaktoervejledning.md, afsnit 6. Felterne er forklaret i docs/content-model.md, afsnit 6. Kør 'check' bagefter.
            """)
        .Blank()
        .Comment("Kommunens navn, som borgerne kender det: overskriften på kommunens side.")
        .Field("name", name)
        .Blank()
        .Comment("""
            En kort indledning på kommunens side, over listen af strategier (Markdown):
            description: Kommunen samler her sine planer for 0-18 års-området.
            """)
        .Blank()
        .Comment("""
            Kommunens institutioner (skoler, dagtilbud, sprogcenter …), som strategier kan gælde for,
            og som kan have deres egen lokale plan. Hver har et id, et navn og evt. en beskrivelse:
            institutions:
              - id: bakkeskolen
                name: Bakkeskolen
            """)
        .ToString();

    public static string Strategy(string municipalityId, string id, string title, SchoolYear currentYear) => new YamlWriter()
        .Line(YamlSchemas.Modeline($"{municipalityId}/{id}/{SourceLayout.StrategyFile}")!)
        .Comment($"""
            Strategien '{title}'. Mappens navn, '{id}', er strategiens id: strategiens side får adressen /{municipalityId}/{id}/.
            Sådan gør du den færdig:
            - Udfyld felterne herunder. Felter med '#' foran er valgfri: fjern '#', og skriv værdien.
            - Skriv kapitlerne i chapters/, ét pr. fil (01-…, 02-…); chapters/01-indledning.md er begyndt.
            - Skriv fokusområderne med deres mål og handlinger i focus-areas/, ét pr. fil.
            - Har strategien et bilag med handlinger for hvert skoleår, så skriv kategorierne nederst
              ('categories') og begynd bilaget med:
                {Cli} new appendix --strategy {municipalityId}/{id} --school-year {currentYear}
            Se docs/redaktoervejledning.md, afsnit 6. Felterne er forklaret i docs/content-model.md, afsnit 7. Kør 'check' bagefter.
            """)
        .Blank()
        .Comment("Den fulde titel, som dokumentet har den.")
        .Field("title", title)
        .Blank()
        .Comment("""
            Et kort navn til brødkrummer og fanebladet:
            short_title: Digitaliseringsplan
            """)
        .Blank()
        .Comment("""
            Ét afsnit om, hvad strategien vil (Markdown); vises øverst på strategiens side:
            summary: Med denne plan vil vi …
            """)
        .Blank()
        .Comment("""
            Den forvaltning, der er ansvarlig:
            owner: Børne- og Ungeområdet
            """)
        .Blank()
        .Comment("""
            Den periode, strategien gælder, og om den gælder nu ('gældende') eller er afløst ('tidligere'):
            period: 2024–2028
            status: gældende
            """)
        .Blank()
        .Comment("""
            Hvem der vedtog strategien, og hvornår:
            adoption:
              by: Børne- og Familieudvalget
              date: juni 2024
            """)
        .Blank()
        .Comment("""
            Hvad strategien dækker: aldersgruppe, områder og institutioner (id'er fra municipality.yml):
            scope:
              age_range: 0-18 år
              areas: [dagtilbud, skole]
            """)
        .Blank()
        .Comment("""
            Hvordan og hvornår strategien følges op (Markdown), og hvor ofte den opdateres:
            evaluation: Planen evalueres hvert år i juni.
            review: Bilaget med konkrete handlinger opdateres årligt.
            """)
        .Blank()
        .Comment("""
            Strategiens egne ord for fokusområde, mål og handling (uden feltet: Fokusområde, Mål, Handling):
            vocabulary:
              focus_area: Sigte
              focus_areas: Sigter
              goal: Sigtepunkt
              goals: Sigtepunkter
            """)
        .Blank()
        .Comment("""
            Kategorierne, der grupperer handlingerne i bilagene for hvert skoleår:
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
            """)
        .ToString();

    /// <summary>
    /// The first chapter, with its front matter and no text yet: the build warns (DS0015) until
    /// the editor writes it. Markdown has no place for a modeline; its fields are explained here.
    /// </summary>
    public static string FirstChapter(string municipalityId, string id) => "---\n" + new YamlWriter()
        .Comment($"""
            Kapitlets id bliver adressen /{municipalityId}/{id}/indledning/, og 'title' er kapitlets overskrift.
            'summary' (valgfri) er én sætning om kapitlet til søgemaskiner. Skriv kapitlets tekst i
            Markdown under linjen '---' nedenfor, og begynd overskrifter i teksten med '##'.
            Felterne er forklaret i docs/content-model.md, afsnit 8.
            """)
        .Field("id", "indledning")
        .Field("title", "Indledning")
        + "---\n";
}
