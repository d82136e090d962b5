using DigitalStrategy.Content.Tests.Support;
using static DigitalStrategy.Content.Diagnostics.DiagnosticCodes;

namespace DigitalStrategy.Content.Tests.Schemas;

/// <summary>Examples of the files of the whole site and of a municipality and strategy: site.yml, themes.yml, glossary.yml, municipality.yml, strategy.yml.</summary>
public static partial class SchemaExamples
{
    private const string SiteGlossary = "glossary.yml";
    private const string StrategyGlossary = SampleInput.StrategyFolder + "/glossary.yml";

    private const string Accessibility = """
        accessibility:
          organisation: Redaktionen
          email: tilgaengelighed@example.dk
          phone: +45 12 34 56 78
          status: delvist
          reviewed: 2026-11-01
          evaluation: Vi har testet alle sider automatisk.
        """;

    private static IEnumerable<SchemaExample> SiteFiles() =>
    [
        new("site-minimal", SampleInput.Site, "title: Digitale strategier\n" + Accessibility, null),
        new("site-every-field", SampleInput.Site, """
            # yaml-language-server: $schema=../schemas/site.schema.json
            title: Digitale strategier
            description: Kommunernes strategier samlet ét sted.
            base_url: https://strategier.example.dk/
            publisher: Lemvig Kommune
            accessibility:
              organisation: Redaktionen
              email: tilgaengelighed@example.dk
              phone: 12345678
              status: fuldt
              reviewed: 2024-02-29
              evaluation: |
                Vi har testet alle sider automatisk.

                - axe-core
              known_issues:
                - title: Lange ord
                  criterion: 1.4.10
                  description: Lange ord deles uden bindestreg.
                - title: PDF'er
                  description: Nogle bilag er kun PDF'er.
            """, null),
        new("site-title-as-a-number", SampleInput.Site, "title: 2026\n" + Accessibility, null),
        new("site-missing-title", SampleInput.Site, "description: Uden titel\n" + Accessibility, MissingField),
        new("site-empty-title", SampleInput.Site, "title:\n" + Accessibility, MissingField),
        new("site-missing-accessibility", SampleInput.Site, "title: Digitale strategier\n", MissingField),
        new("site-unknown-field", SampleInput.Site, "title: Digitale strategier\ntitel: Digitale strategier\n" + Accessibility, UnknownField),
        new("site-unknown-accessibility-field", SampleInput.Site, "title: Digitale strategier\n" + Accessibility + "\n  contact: Redaktionen\n", UnknownField),
        new("site-missing-email", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("  email: tilgaengelighed@example.dk\n", ""), MissingField),
        new("site-wrong-status", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("status: delvist", "status: helt"), InvalidValue),
        new("site-status-in-capitals", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("status: delvist", "status: Delvist"), InvalidValue),
        new("site-bad-email", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("tilgaengelighed@example.dk", "tilgaengelighed.example.dk"), InvalidValue),
        new("site-short-phone", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("+45 12 34 56 78", "1234"), InvalidValue),
        new("site-impossible-date", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("2026-11-01", "2026-02-30"), InvalidValue),
        new("site-edit-url", SampleInput.Site, "title: Digitale strategier\nedit_url: https://github.com/kommune/strategier/edit/main/input/{path}\n" + Accessibility, null),
        new("site-edit-url-without-path", SampleInput.Site, "title: Digitale strategier\nedit_url: https://github.com/kommune/strategier/edit/main/input/\n" + Accessibility, InvalidValue),
        new("site-edit-url-not-an-address", SampleInput.Site, "title: Digitale strategier\nedit_url: github.com/kommune/{path}\n" + Accessibility, InvalidValue),
        new("site-danish-date", SampleInput.Site, "title: Digitale strategier\n" + Accessibility.Replace("2026-11-01", "1. november 2026"), InvalidValue),
        new("site-base-url-without-scheme", SampleInput.Site, "title: Digitale strategier\nbase_url: strategier.example.dk\n" + Accessibility, InvalidValue),
        new("site-criterion-not-a-criterion", SampleInput.Site, "title: Digitale strategier\n" + Accessibility + "\n  known_issues:\n    - title: Kontrast\n      description: For lav.\n      criterion: 1.4\n", InvalidValue),
        new("site-known-issues-not-a-list", SampleInput.Site, "title: Digitale strategier\n" + Accessibility + "\n  known_issues: ingen\n", InvalidValue),
        new("site-title-as-a-list", SampleInput.Site, "title: [Digitale, strategier]\n" + Accessibility, InvalidValue),

        new("themes-valid", SampleInput.Themes, """
            themes:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
                description: Kurser og vejledning.
              - id: data
                title: Data og evaluering
            """, null),
        new("themes-bad-id", SampleInput.Themes, "themes:\n  - id: Data og evaluering\n    title: Data\n", InvalidId),
        new("themes-missing-title", SampleInput.Themes, "themes:\n  - id: data\n", MissingField),
        new("themes-unknown-field", SampleInput.Themes, "themes:\n  - id: data\n    title: Data\n    beskrivelse: Om data\n", UnknownField),
        new("themes-not-a-list", SampleInput.Themes, "themes:\n  id: data\n  title: Data\n", InvalidValue),

        new("glossary-valid", SiteGlossary, """
            terms:
              - term: PLC
                expansion: Pædagogisk læringscenter
                definition: Skolens center for læremidler.
              - term: CFU VIA UC
                expansion: Center for Undervisningsmidler
                definition: Et center.
              - term: UNI-Login
                aliases: [Unilogin, UNI Login]
                definition: |
                  Det login, elever og lærere bruger.
            """, null),
        new("glossary-expansion-of-a-word", SiteGlossary, "terms:\n  - term: Dagtilbud\n    expansion: Dagtilbuddet\n    definition: Vuggestuer og børnehaver.\n", InvalidValue),
        new("glossary-missing-definition", SiteGlossary, "terms:\n  - term: Aula\n", MissingField),
        new("glossary-unknown-field", SiteGlossary, "terms:\n  - term: Aula\n    forklaring: Platformen\n    definition: Platformen.\n", UnknownField),
        new("glossary-alias-not-a-text", SiteGlossary, "terms:\n  - term: Aula\n    definition: Platformen.\n    aliases:\n      - navn: AULA\n", InvalidValue),
        new("glossary-of-a-strategy", StrategyGlossary, "terms:\n  - term: SSP\n    expansion: Skole, socialforvaltning og politi\n    definition: Samarbejdet.\n", null),
        new("glossary-of-a-strategy-unknown-field", StrategyGlossary, "ord:\n  - term: SSP\n    definition: Samarbejdet.\n", UnknownField),

        new("municipality-minimal", SampleInput.Municipality, "name: Lemvig Kommune\n", null),
        new("municipality-every-field", SampleInput.Municipality, """
            name: Lemvig Kommune
            description: |
              Lemvig Kommune samler her sine **planer**.
            institutions:
              - id: bakkeskolen
                name: Bakkeskolen
                description: En skole.
              - id: 2-sprogcenter
                name: Sprogcentret
            """, null),
        new("municipality-missing-name", SampleInput.Municipality, "description: Uden navn\n", MissingField),
        new("municipality-updated", SampleInput.Municipality, "name: Lemvig Kommune\nupdated: 2024-05-03\n", null),
        new("municipality-updated-not-a-date", SampleInput.Municipality, "name: Lemvig Kommune\nupdated: 3. maj 2024\n", InvalidValue),
        new("municipality-unknown-field", SampleInput.Municipality, "navn: Lemvig Kommune\nname: Lemvig Kommune\n", UnknownField),
        new("municipality-bad-institution-id", SampleInput.Municipality, "name: Lemvig Kommune\ninstitutions:\n  - id: Bakkeskolen\n    name: Bakkeskolen\n", InvalidId),
        new("municipality-institution-not-a-mapping", SampleInput.Municipality, "name: Lemvig Kommune\ninstitutions:\n  - Bakkeskolen\n", InvalidValue),
        new("municipality-institution-missing-name", SampleInput.Municipality, "name: Lemvig Kommune\ninstitutions:\n  - id: bakkeskolen\n", MissingField),

        new("strategy-minimal", SampleInput.Strategy, "title: Digitaliseringsplan\n", null),
        new("strategy-every-field", SampleInput.Strategy, """
            title: Digitaliseringsplan for 0-18 års-området
            short_title: Digitaliseringsplan
            summary: Med denne plan vil vi *meget*.
            owner: Børne- og Ungeområdet
            scope:
              age_range: 0-18 år
              areas:
                - dagtilbud
                - skole
              institutions: []
            period: 2016–2020
            status: Gældende
            evaluation: |
              Planen evalueres hvert år.
            adoption:
              by: Børne- og Familieudvalget
              date: juni 2016
            review: Bilaget opdateres årligt.
            vocabulary:
              focus_area: Sigte
              focus_areas: Sigter
              goal: Sigtepunkt
              goals: Sigtepunkter
              action: Handling
              actions: Handlinger
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """, null),
        new("strategy-empty-scope", SampleInput.Strategy, "title: Digitaliseringsplan\nscope:\nstatus: tidligere\n", null),
        new("strategy-missing-title", SampleInput.Strategy, "short_title: Digitaliseringsplan\n", MissingField),
        new("strategy-unknown-field", SampleInput.Strategy, "title: Digitaliseringsplan\ntitel: Digitaliseringsplan\n", UnknownField),
        new("strategy-unknown-scope-field", SampleInput.Strategy, "title: Digitaliseringsplan\nscope:\n  alder: 0-18 år\n", UnknownField),
        new("strategy-unknown-vocabulary-word", SampleInput.Strategy, "title: Digitaliseringsplan\nvocabulary:\n  maal: Pejlemærke\n", UnknownField),
        new("strategy-wrong-status", SampleInput.Strategy, "title: Digitaliseringsplan\nstatus: gyldig\n", InvalidValue),
        new("strategy-scope-not-a-mapping", SampleInput.Strategy, "title: Digitaliseringsplan\nscope: skole\n", InvalidValue),
        new("strategy-adoption-as-a-list", SampleInput.Strategy, "title: Digitaliseringsplan\nadoption:\n  - Byrådet\n", InvalidValue),
        new("strategy-bad-category-id", SampleInput.Strategy, "title: Digitaliseringsplan\ncategories:\n  - id: It-udstyr\n    title: It-udstyr\n", InvalidId),
        new("strategy-category-missing-title", SampleInput.Strategy, "title: Digitaliseringsplan\ncategories:\n  - id: udstyr\n", MissingField),
        new("strategy-unknown-institution", SampleInput.Strategy, "title: Digitaliseringsplan\ninstitution: Bakkeskolen\n", UnknownReference),
    ];
}
