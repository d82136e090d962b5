namespace DigitalStrategy.Content.Tests.Support;

/// <summary>
/// A small, valid input folder shaped like Lemvig's plan: two focus areas, two appendices, two
/// chapters. Tests replace or remove single files to produce the mistake they are about.
/// </summary>
internal static class SampleInput
{
    public const string Site = "site.yml";
    public const string Municipality = "lemvig/municipality.yml";
    public const string StrategyFolder = "lemvig/digitaliseringsplan";
    public const string Strategy = StrategyFolder + "/strategy.yml";
    public const string FocusArea1 = StrategyFolder + "/focus-areas/01-paedagogisk-sigte.yml";
    public const string FocusArea2 = StrategyFolder + "/focus-areas/02-anvendelse-af-data.yml";

    /// <summary>The appendix of 2021/22. Its file name sorts before that of 2020/21 on purpose.</summary>
    public const string Appendix2021 = StrategyFolder + "/appendices/bilag-1.yml";

    /// <summary>The appendix of 2020/21.</summary>
    public const string Appendix2020 = StrategyFolder + "/appendices/bilag-2.yml";

    public const string Chapter1 = StrategyFolder + "/chapters/01-indledning.md";
    public const string Chapter2 = StrategyFolder + "/chapters/02-vision.md";
    public const string Themes = "themes.yml";

    /// <summary>The accessibility section every site.yml needs; tests that write their own site.yml append it.</summary>
    public const string Accessibility = """
        accessibility:
          organisation: Redaktionen
          email: tilgaengelighed@example.dk
          phone: +45 12 34 56 78
          status: delvist
          reviewed: 2026-11-01
          evaluation: Vi har testet alle sider automatisk.
          known_issues:
            - title: Lange ord
              criterion: 1.4.10
              description: Lange ord deles uden bindestreg.
        """;

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        [Site] = """
            title: Digitale strategier for børn og unge
            description: Kommunernes strategier samlet ét sted.

            """ + Accessibility,
        [Themes] = """
            themes:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: data
                title: Data og evaluering
            """,
        [Municipality] = """
            name: Lemvig Kommune
            """,
        [Strategy] = """
            title: Digitaliseringsplan for 0-18 års-området
            short_title: Digitaliseringsplan
            owner: Børne- og Ungeområdet
            status: gældende
            scope:
              age_range: 0-18 år
              areas: [dagtilbud, skole]
            vocabulary:
              focus_area: Sigte
              focus_areas: Sigter
              goal: Sigtepunkt
              goals: Sigtepunkter
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """,
        [FocusArea1] = """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
            heading: Planens pædagogiske sigte
            target_groups:
              - børn
            keywords: [Leg, Læringsmiljøer]
            goals:
              - id: nysgerrig-omgang
                title: Børn og unge møder teknologien nysgerrigt.
                explanation: Det betyder, at vi *leger* med teknologien.
              - id: brugere-og-skabere
                title: Børn og unge er både brugere og skabere af teknologi.
                target_groups: [børn, unge]
            actions:
              - id: konkrete-erfaringer
                text: Vi giver børn **konkrete** erfaringer med digitale værktøjer.
                goals: [nysgerrig-omgang, brugere-og-skabere]
            """,
        [FocusArea2] = """
            id: anvendelse-af-data
            title: Anvendelse af data
            target_groups: [medarbejdere, ledere]
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data til at udvikle skolerne.
            actions:
              - id: dashboard
                text: Vi laver et fælles dashboard.
                owner: Skoleafdelingen
                timeframe: løbende
                goals: [datainformeret-ledelse]
            """,
        [Appendix2021] = """
            school_year: 2021/22
            number: 2
            title: Konkrete handlinger 2021/22
            actions:
              - id: 2021-22-kursus
                category: kompetenceudvikling
                text: Kursus i teknologiforståelse for lærere.
                goals: [nysgerrig-omgang]
              - id: 2021-22-ipads
                category: udstyr
                text: Nye iPads til indskolingen.
            """,
        [Appendix2020] = """
            school_year: 2020/21
            number: 1
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
                goals: [nysgerrig-omgang]
            """,
        [Chapter1] = """
            ---
            id: indledning
            title: Indledning
            summary: Hvad planen er.
            ---
            ## Baggrund

            Planen har to dele:

            - sigter
            - handlinger
            """,
        [Chapter2] = """
            ---
            id: vision
            title: Vision
            ---
            Alle børn bliver digitalt myndige.
            """,
    };

    /// <summary>The sample with some files replaced or added.</summary>
    public static Dictionary<string, string> With(params (string Path, string Text)[] changes)
    {
        var files = Files();
        foreach (var (path, text) in changes)
        {
            files[path] = text;
        }

        return files;
    }

    /// <summary>The sample without some files.</summary>
    public static Dictionary<string, string> Without(params string[] paths)
    {
        var files = Files();
        foreach (var path in paths)
        {
            files.Remove(path);
        }

        return files;
    }
}
