using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>
/// The small test site with a second strategy whose texts hold what CSV must quote (commas,
/// quotes, line breaks) and Danish letters, and with themes, owners, timeframes and a target.
/// </summary>
internal static class OpenDataSources
{
    /// <summary>An action text with a comma, quotes and æ, ø and å, as plain text (Markdown's line break is a space).</summary>
    public const string TrickyText = "Vi køber \"gode\" skærme, tablets og høretelefoner. Så får børnene på Åbyskolen udstyr.";

    /// <summary>An owner written over two lines, so a field holds a line break.</summary>
    public const string TrickyOwner = "Skole, IT\nog Drift";

    public static Dictionary<string, string> WithTrickyStrategy(string? baseUrl = null)
    {
        var files = SampleSources.Minimal();
        if (baseUrl is not null)
        {
            files["site.yml"] = files["site.yml"].Replace("title: Testsitet\n", $"title: Testsitet\nbase_url: {baseUrl}\n", StringComparison.Ordinal);
        }

        // The computers are bought again in 2022/23 with the same words: the comparison of school years
        // finds that they continue, while "Fortsat fokus på Aula" is worded too differently and is new.
        files["testby/plan/appendices/2022-23.yml"] += """

              - id: 2022-23-computere
                category: udstyr
                text: Udskiftning af elevcomputere
                goals: [laering]
            """;
        files["themes.yml"] = """
            themes:
              - id: udstyr
                title: Enheder og udstyr
              - id: dannelse
                title: Digital dannelse
            """;
        files["testby/udstyr/strategy.yml"] = """
            title: Strategi for udstyr, "skærme" og net
            status: gældende
            period: 2021-2023
            """;
        files["testby/udstyr/focus-areas/01-udstyr.yml"] = """
            id: udstyr-til-alle
            title: Udstyr, net og skærme
            target_groups: [børn]
            goals:
              - id: skaermtid
                title: Børn bruger skærme, når det giver mening.
                target_groups: [børn, forældre]
                themes: [dannelse]
                targets:
                  - who: Alle skoler
                    what: har en politik for skærmtid
                    deadline: ultimo 2022
            actions:
              - id: koeb-skaerme
                text: |
                  Vi køber "gode" skærme, tablets og høretelefoner.
                  Så får børnene på Åbyskolen udstyr.
                owner: |-
                  Skole, IT
                  og Drift
                timeframe: 2021-2022
                goals: [skaermtid]
                themes: [udstyr, dannelse]
            """;
        return files;
    }

    /// <summary>A school's local plan whose goal implements a goal of the municipal plan, which covers the school.</summary>
    public static Dictionary<string, string> WithLocalPlan()
    {
        var files = SampleSources.Minimal();
        files["testby/municipality.yml"] = """
            name: Testby Kommune
            institutions:
              - id: bakkeskolen
                name: Bakkeskolen
            """;
        files["testby/plan/strategy.yml"] += """

            scope:
              age_range: 0-18 år
              institutions: [bakkeskolen]
            """;
        files["testby/bakkeskolens-plan/strategy.yml"] = """
            title: Bakkeskolens lokale it-plan
            institution: bakkeskolen
            """;
        files["testby/bakkeskolens-plan/focus-areas/01-undervisning.yml"] = """
            id: undervisning
            title: Undervisning
            goals:
              - id: kodning-i-timerne
                title: Eleverne koder i matematik.
                implements: [plan/laering]
            """;
        return files;
    }
}
