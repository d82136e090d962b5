namespace DigitalStrategy.Build.Tests.Support;

/// <summary>A small but complete strategy: one municipality, chapters, two focus areas, two school years.</summary>
internal static class SampleSources
{
    public static Dictionary<string, string> Minimal() => new()
    {
        ["site.yml"] = """
            title: Testsitet
            description: Strategier til test.
            accessibility:
              organisation: Testredaktionen
              email: tilgaengelighed@example.dk
              phone: +45 12 34 56 78
              status: fuldt
              reviewed: 2026-11-01
              evaluation: Vi har testet alle sider automatisk.
            """,
        ["testby/municipality.yml"] = """
            name: Testby Kommune
            """,
        ["testby/plan/strategy.yml"] = """
            title: Digitaliseringsplan for Testby
            short_title: Plan
            summary: En plan for læring og trivsel.
            owner: Børne- og Ungeforvaltningen
            categories:
              - id: udstyr
                title: Udstyr
              - id: platforme
                title: Digitale platforme
            """,
        ["testby/plan/chapters/01-indledning.md"] = """
            ---
            id: indledning
            title: Indledning
            ---
            Planen handler om [læring](../maal/laering/) og [handlinger](../laering-og-trivsel/#kurser).

            ## Hvorfor en plan?

            Fordi børn skal lære.
            """,
        ["testby/plan/focus-areas/01-laering-og-trivsel.yml"] = """
            id: laering-og-trivsel
            title: Læring og trivsel
            target_groups: [børn, forældre]
            goals:
              - id: laering
                title: Børn lærer med digitale værktøjer.
              - id: trivsel
                title: Børn trives online.
                target_groups: [unge]
            actions:
              - id: kurser
                text: Vi holder kurser for pædagoger.
                goals: [laering]
            """,
        ["testby/plan/appendices/2021-22.yml"] = """
            school_year: 2021/22
            number: 1
            title: Konkrete handlinger
            note: Bilaget forelægges styregruppen.
            actions:
              - id: 2021-22-computere
                category: udstyr
                text: Udskiftning af elevcomputere
                goals: [laering]
              - id: 2021-22-aula
                category: platforme
                text: Udrulning af Aula
                goals: [laering, trivsel]
            """,
        ["testby/plan/appendices/2022-23.yml"] = """
            school_year: 2022/23
            number: 2
            title: Konkrete handlinger 2022/23
            actions:
              - id: 2022-23-aula
                category: platforme
                text: Fortsat fokus på Aula
                goals: [trivsel]
            """,
    };
}
