using DigitalStrategy.Content.Tests.Support;
using static DigitalStrategy.Content.Diagnostics.DiagnosticCodes;

namespace DigitalStrategy.Content.Tests.Schemas;

/// <summary>Examples of the files inside a strategy folder: chapters, focus areas and appendices.</summary>
public static partial class SchemaExamples
{
    private const string Chapter = SampleInput.Chapter2;
    private const string FocusArea = SampleInput.FocusArea2;
    private const string Appendix = SampleInput.Appendix2021;

    /// <summary>Every example, each with a unique name.</summary>
    public static IReadOnlyList<SchemaExample> All { get; } = [.. SiteFiles(), .. StrategyFiles()];

    public static TheoryData<string> Names() => [.. All.Select(e => e.Name)];

    public static SchemaExample Named(string name) => All.Single(e => e.Name == name);

    private static IEnumerable<SchemaExample> StrategyFiles() =>
    [
        new("chapter-minimal", Chapter, "---\nid: vision\ntitle: Vision\n---\nAlle børn bliver digitalt myndige.\n", null),
        new("chapter-every-field", Chapter, "---\nid: bilag-1\ntitle: Om brugerportalsinitiativet\nsummary: Hvad BPI er.\nappendix: 1\n...\nTeksten.\n", null),
        new("chapter-missing-id", Chapter, "---\ntitle: Vision\n---\nTeksten.\n", MissingField),
        new("chapter-reserved-id", Chapter, "---\nid: maal\ntitle: Mål\n---\nTeksten.\n", ReservedId),
        new("chapter-bad-id", Chapter, "---\nid: Vision 2030\ntitle: Vision\n---\nTeksten.\n", InvalidId),
        new("chapter-unknown-field", Chapter, "---\nid: vision\ntitel: Vision\ntitle: Vision\n---\nTeksten.\n", UnknownField),
        new("chapter-appendix-not-a-number", Chapter, "---\nid: vision\ntitle: Vision\nappendix: første\n---\nTeksten.\n", InvalidValue),
        new("chapter-without-front-matter", Chapter, "# Vision\n\nTeksten.\n", MissingFrontMatter),

        new("focus-area-minimal", FocusArea, "id: anvendelse-af-data\ntitle: Anvendelse af data\ngoals:\n  - id: datainformeret-ledelse\n    title: Ledelsen bruger data.\n", null),
        new("focus-area-every-field", FocusArea, """
            # yaml-language-server: $schema=../../../../schemas/focus-area.schema.json
            id: anvendelse-af-data
            title: Anvendelse af data
            heading: Data i hverdagen
            introduction: |
              Vi bruger **data** med omtanke.
            target_groups: [Medarbejdere, ledere]
            keywords: [Data, Trivsel]
            goals:
              - id: datainformeret-ledelse
                number: 4.1
                title: Ledelsen bruger data.
                explanation: Det betyder noget.
                sections:
                  - title: Det betyder
                    text: At vi måler.
                targets:
                  - who: Alle ledere
                    what: bruger *dashboardet*
                    deadline: ultimo 2017
                    milestones:
                      - when: 2016
                        percent: 40%
                        text: De første.
                      - when: "2017"
                        percent: 80
                themes: [data]
                target_groups: []
            actions_introduction: Sådan gør vi.
            actions:
              - id: dashboard
                text: Vi laver et fælles dashboard.
                goals: datainformeret-ledelse
                owner: Skoleafdelingen
                timeframe: når budgettet tillader det
                area: [dagtilbud, skole]
                status: er påbegyndt
                group: Ledelse
                themes: [data, kompetenceudvikling]
            """, null),
        new("focus-area-reserved-id", FocusArea, "id: bilag\ntitle: Bilag\ngoals:\n  - id: et-maal\n    title: Et mål.\n", ReservedId),
        new("focus-area-missing-title", FocusArea, "id: anvendelse-af-data\ngoals:\n  - id: et-maal\n    title: Et mål.\n", MissingField),
        new("focus-area-unknown-target-group", FocusArea, "id: anvendelse-af-data\ntitle: Data\ntarget_groups: [børn, elever]\n", InvalidValue),
        new("focus-area-target-group-as-an-id", FocusArea, "id: anvendelse-af-data\ntitle: Data\ntarget_groups: foraeldre\n", InvalidValue),
        new("focus-area-action-with-category", FocusArea, "id: anvendelse-af-data\ntitle: Data\nactions:\n  - id: dashboard\n    category: udstyr\n    text: Et dashboard.\n", UnknownField),
        new("focus-area-action-with-continues", FocusArea, "id: anvendelse-af-data\ntitle: Data\nactions:\n  - id: dashboard\n    text: Et dashboard.\n    continues: konkrete-erfaringer\n", InvalidContinuation),
        new("focus-area-action-missing-text", FocusArea, "id: anvendelse-af-data\ntitle: Data\nactions:\n  - id: dashboard\n", MissingField),
        new("focus-area-goal-unknown-field", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    beskrivelse: Mere.\n", UnknownField),
        new("focus-area-goal-bad-id", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: Et mål\n    title: Et mål.\n", InvalidId),
        new("focus-area-goal-reference-not-an-id", FocusArea, "id: anvendelse-af-data\ntitle: Data\nactions:\n  - id: dashboard\n    text: Et dashboard.\n    goals: [Nysgerrig-Omgang]\n", UnknownReference),
        new("focus-area-goals-as-a-mapping", FocusArea, "id: anvendelse-af-data\ntitle: Data\nactions:\n  - id: dashboard\n    text: Et dashboard.\n    goals:\n      id: nysgerrig-omgang\n", InvalidValue),
        new("focus-area-percent-over-100", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    targets:\n      - what: alle\n        milestones:\n          - when: 2016\n            percent: 140\n", InvalidValue),
        new("focus-area-milestone-without-when", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    targets:\n      - what: alle\n        milestones:\n          - percent: 40\n", MissingField),
        new("focus-area-target-without-what", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    targets:\n      - who: Alle lærere\n", MissingField),
        new("focus-area-implements-without-strategy", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    implements: [laering]\n", InvalidValue),
        new("focus-area-section-without-text", FocusArea, "id: anvendelse-af-data\ntitle: Data\ngoals:\n  - id: et-maal\n    title: Et mål.\n    sections:\n      - title: Det betyder\n", MissingField),

        new("appendix-minimal", Appendix, "school_year: 2021/22\ntitle: Konkrete handlinger 2021/22\nactions:\n  - id: 2021-22-ipads\n    category: udstyr\n    text: Nye iPads.\n", null),
        new("appendix-every-field", Appendix, """
            # yaml-language-server: $schema=../../../../schemas/appendix.schema.json
            school_year: 2021-22
            number: "2"
            title: Konkrete handlinger
            note: En oversigt forelægges hvert år i maj.
            actions:
              - id: 2021-22-kursus
                category: kompetenceudvikling
                text: Kursus i teknologiforståelse for lærere.
                continues: 2020-21-kursus
                goals: [nysgerrig-omgang, datainformeret-ledelse]
                themes: kompetenceudvikling
                owner: PLC
                timeframe: skoleåret 2021/22
                area: skole
                status: afventes
                group: Kurser
              - id: 2021
                category: udstyr
                text: Nye iPads til indskolingen.
            """, null),
        new("appendix-without-actions", Appendix, "school_year: 2021/22\ntitle: Konkrete handlinger 2021/22\nactions:\n", null),
        new("appendix-school-year-not-consecutive", Appendix, "school_year: 2021/23\ntitle: Handlinger\n", InvalidSchoolYear),
        new("appendix-school-year-with-four-digits", Appendix, "school_year: 2021/2022\ntitle: Handlinger\n", InvalidSchoolYear),
        new("appendix-school-year-as-a-number", Appendix, "school_year: 2021\ntitle: Handlinger\n", InvalidSchoolYear),
        new("appendix-missing-school-year", Appendix, "title: Handlinger\n", MissingField),
        new("appendix-missing-category", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - id: 2021-22-ipads\n    text: Nye iPads.\n", MissingField),
        new("appendix-unknown-category", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - id: 2021-22-ipads\n    category: It-udstyr\n    text: Nye iPads.\n", UnknownReference),
        new("appendix-unknown-action-field", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - id: 2021-22-ipads\n    category: udstyr\n    text: Nye iPads.\n    ansvarlig: PLC\n", UnknownField),
        new("appendix-unknown-field", Appendix, "school_year: 2021/22\ntitle: Handlinger\nbilag: 2\n", UnknownField),
        new("appendix-number-in-words", Appendix, "school_year: 2021/22\nnumber: anden\ntitle: Handlinger\n", InvalidValue),
        new("appendix-negative-number", Appendix, "school_year: 2021/22\nnumber: -2\ntitle: Handlinger\n", InvalidValue),
        new("appendix-bad-action-id", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - id: 2021-22 iPads\n    category: udstyr\n    text: Nye iPads.\n", InvalidId),
        new("appendix-continues-not-an-id", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - id: 2021-22-ipads\n    category: udstyr\n    text: Nye iPads.\n    continues: 2020-21 kursus\n", UnknownReference),
        new("appendix-action-not-a-mapping", Appendix, "school_year: 2021/22\ntitle: Handlinger\nactions:\n  - Nye iPads.\n", InvalidValue),
        new("appendix-title-only-spaces", Appendix, "school_year: 2021/22\ntitle: \"   \"\n", MissingField),
        new("appendix-title-as-a-mapping", Appendix, "school_year: 2021/22\ntitle:\n  da: Handlinger\n", InvalidValue),
        new("appendix-empty-file", Appendix, "# Kommer senere\n", YamlSyntax),
    ];
}
