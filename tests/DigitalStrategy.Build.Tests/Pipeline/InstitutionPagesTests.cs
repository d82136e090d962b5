using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>
/// What a parent asks: which plans apply to my child's school, and how does the school work with
/// the municipality's goals. Two schools, a municipal plan covering both, and one school's local
/// plan whose goal implements a municipal goal.
/// </summary>
public sealed class InstitutionPagesTests
{
    private const string LocalGoalsFile = "testby/bakkeskolens-plan/focus-areas/01-undervisning.yml";

    private static Dictionary<string, string> Sources()
    {
        var sources = SampleSources.Minimal();
        sources["testby/municipality.yml"] = """
            name: Testby Kommune
            institutions:
              - id: bakkeskolen
                name: Bakkeskolen
                description: Folkeskole med 400 elever.
              - id: aaskolen
                name: Åskolen
            """;
        sources["testby/plan/strategy.yml"] = sources["testby/plan/strategy.yml"] + """

            scope:
              institutions: [bakkeskolen, aaskolen]
            """;
        sources["testby/bakkeskolens-plan/strategy.yml"] = """
            title: Bakkeskolens lokale it-plan
            short_title: Lokal it-plan
            institution: bakkeskolen
            """;
        sources[LocalGoalsFile] = """
            id: undervisning
            title: Undervisning
            goals:
              - id: kodning-i-timerne
                title: Eleverne koder i matematik og natur/teknologi.
                implements: [plan/laering]
              - id: foraeldreaften
                title: Vi holder en forældreaften om skærmvaner.
            """;
        return sources;
    }

    [Fact]
    public async Task Each_institution_gets_a_page_and_the_municipality_an_index_of_them()
    {
        using var site = TestSite.Create(Sources());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var written = TestSite.Snapshot(site.Output).Keys;
        Assert.Contains("testby/institutioner/index.html", written);
        Assert.Contains("testby/institutioner/bakkeskolen/index.html", written);
        Assert.Contains("testby/institutioner/aaskolen/index.html", written);

        var municipality = site.Page("/testby/");
        Assert.Contains("/testby/institutioner/", Hrefs(municipality));
        Assert.Contains("/testby/institutioner/bakkeskolen/", Hrefs(municipality));

        var index = site.Page("/testby/institutioner/");
        Assert.Equal("Institutioner i Testby Kommune", index.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Bakkeskolen", "Åskolen"], index.QuerySelectorAll("h2 a").Select(a => a.TextContent.Trim()));
        Assert.Equal([("Forside", "/"), ("Testby Kommune", "/testby/")], Trail(index));
        Assert.Equal("Institutioner", index.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent.Trim());
        Assert.Contains("/testby/bakkeskolens-plan/", Hrefs(index.QuerySelectorAll(".card")[0]));
    }

    [Fact]
    public async Task An_institution_page_shows_the_strategies_covering_it_with_their_goals_and_its_local_plan()
    {
        using var site = TestSite.Create(Sources());
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = site.Page("/testby/institutioner/bakkeskolen/");

        Assert.Equal("Bakkeskolen", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Folkeskole med 400 elever.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [("Forside", "/"), ("Testby Kommune", "/testby/"), ("Institutioner", "/testby/institutioner/")],
            Trail(page));

        var covering = page.QuerySelector("section[aria-labelledby=kommunens-strategier]")!;
        Assert.Equal(["Digitaliseringsplan for Testby"], covering.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("/testby/plan/", covering.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(
            ["/testby/plan/maal/laering/", "/testby/plan/maal/trivsel/"],
            covering.QuerySelectorAll(".goal-list a").Select(a => a.GetAttribute("href")));

        var own = page.QuerySelector("section[aria-labelledby=egne-planer]")!;
        Assert.Equal("/testby/bakkeskolens-plan/", own.QuerySelector("h3 a")!.GetAttribute("href"));
        var localGoals = own.QuerySelectorAll(".local-goals > li");
        Assert.Equal(2, localGoals.Length);
        Assert.Equal("/testby/bakkeskolens-plan/maal/kodning-i-timerne/", localGoals[0].QuerySelector("a")!.GetAttribute("href"));
        var implements = localGoals[0].QuerySelector(".implements")!;
        Assert.Contains("Omsætter kommunens mål", implements.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/testby/plan/maal/laering/"], implements.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(localGoals[1].QuerySelector(".implements"));
    }

    [Fact]
    public async Task An_institution_without_a_local_plan_says_so()
    {
        using var site = TestSite.Create(Sources());
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = site.Page("/testby/institutioner/aaskolen/");

        Assert.Equal("/testby/plan/", page.QuerySelector("section[aria-labelledby=kommunens-strategier] h3 a")!.GetAttribute("href"));
        Assert.Equal(
            "Åskolen har ingen lokal plan på sitet endnu.",
            page.QuerySelector("section[aria-labelledby=egne-planer] p")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_municipal_goal_lists_the_local_goals_implementing_it_and_a_local_goal_links_back()
    {
        using var site = TestSite.Create(Sources());
        Assert.True((await site.BuildAsync()).Succeeded);

        var municipalGoal = site.Page("/testby/plan/maal/laering/");
        var section = municipalGoal.QuerySelector("section[aria-labelledby=institutionerne-arbejder]")!;
        Assert.Equal("Sådan arbejder institutionerne med målet", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(
            ["/testby/institutioner/bakkeskolen/", "/testby/bakkeskolens-plan/maal/kodning-i-timerne/"],
            section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Bakkeskolen", section.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Page("/testby/plan/maal/trivsel/").QuerySelector(".implementations"));

        var localGoal = site.Page("/testby/bakkeskolens-plan/maal/kodning-i-timerne/");
        var back = localGoal.QuerySelector("section[aria-labelledby=omsaetter-kommunens-maal]")!;
        Assert.Equal("Omsætter kommunens mål", back.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(["/testby/plan/maal/laering/"], back.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(site.Page("/testby/bakkeskolens-plan/maal/foraeldreaften/").QuerySelector(".implementations"));
    }

    [Fact]
    public async Task A_local_plan_says_whose_plan_it_is_and_is_reached_through_its_institution()
    {
        using var site = TestSite.Create(Sources());
        Assert.True((await site.BuildAsync()).Succeeded);

        var plan = site.Page("/testby/bakkeskolens-plan/");
        var facts = plan.QuerySelector(".facts")!;
        var label = facts.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == "Lokal plan for");
        Assert.Equal("/testby/institutioner/bakkeskolen/", label.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            [("Forside", "/"), ("Testby Kommune", "/testby/"), ("Institutioner", "/testby/institutioner/"), ("Bakkeskolen", "/testby/institutioner/bakkeskolen/")],
            Trail(plan));

        var municipalPlan = site.Page("/testby/plan/");
        var covers = municipalPlan.QuerySelectorAll(".facts dt").Single(dt => dt.TextContent.Trim() == "Gælder for").NextElementSibling!;
        Assert.Equal(
            ["/testby/institutioner/bakkeskolen/", "/testby/institutioner/aaskolen/"],
            covers.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal([("Forside", "/"), ("Testby Kommune", "/testby/")], Trail(municipalPlan));
    }

    [Fact]
    public async Task The_new_pages_have_one_h1_and_headings_in_order()
    {
        using var site = TestSite.Create(Sources());
        Assert.True((await site.BuildAsync()).Succeeded);

        foreach (var url in new[] { "/testby/institutioner/", "/testby/institutioner/bakkeskolen/", "/testby/institutioner/aaskolen/", "/testby/plan/maal/laering/", "/testby/bakkeskolens-plan/maal/kodning-i-timerne/" })
        {
            var page = site.Page(url);
            Assert.Single(page.QuerySelectorAll("h1"));
            var previous = 0;
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{url}: <{heading.LocalName}> '{heading.TextContent.Trim()}' follows h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public async Task Wrong_references_fail_the_build_with_file_line_and_column()
    {
        var sources = Sources();
        sources["testby/bakkeskolens-plan/strategy.yml"] = """
            title: Bakkeskolens lokale it-plan
            institution: bakkeskole
            """;
        sources[LocalGoalsFile] = """
            id: undervisning
            title: Undervisning
            goals:
              - id: kodning-i-timerne
                title: Eleverne koder i matematik og natur/teknologi.
                implements: [plan/laring, planen/laering, bakkeskolens-plan/foraeldreaften, laering]
              - id: foraeldreaften
                title: Vi holder en forældreaften om skærmvaner.
            """;
        using var site = TestSite.Create(sources);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "bakkeskolens-plan/focus-areas/01-undervisning.yml(6,18): error DS0009: Målet 'kodning-i-timerne' omsætter 'plan/laring', men målet 'laring' findes ikke i strategien 'plan'. Mente du 'plan/laering'?",
                "bakkeskolens-plan/focus-areas/01-undervisning.yml(6,31): error DS0009: Målet 'kodning-i-timerne' omsætter 'planen/laering', men strategien 'planen' findes ikke i Testby Kommune. Mente du 'plan'?",
                "bakkeskolens-plan/focus-areas/01-undervisning.yml(6,47): error DS0020: Målet 'kodning-i-timerne' omsætter 'bakkeskolens-plan/foraeldreaften', men det er et mål i samme strategi. 'implements' peger på kommunens mål i en anden strategi, fx 'plan/laering'; hører målene sammen i samme strategi, så fjern linjen.",
                "bakkeskolens-plan/focus-areas/01-undervisning.yml(6,81): error DS0006: 'laering' kan ikke læses som et mål i 'implements'. Skriv id'et på kommunens strategi (mappens navn), en skråstreg og målets id, fx 'digitaliseringsplan/laering-og-trivsel'.",
                "bakkeskolens-plan/strategy.yml(2,14): error DS0009: Strategien 'bakkeskolens-plan' er den lokale plan for institutionen 'bakkeskole', som ikke står under 'institutions' i testby/municipality.yml. Mente du 'bakkeskolen'?",
            ],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString().Replace(site.Input.Replace('\\', '/') + "/testby/", "", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Output));
    }

    private static IEnumerable<string?> Hrefs(IParentNode node) => node.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));

    private static IEnumerable<(string, string?)> Trail(IDocument page) =>
        page.QuerySelectorAll(".breadcrumbs li a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")));
}
