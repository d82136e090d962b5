using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Model;

/// <summary>How a strategy is laid out along school years, for the school-year pages and the timeline.</summary>
public sealed class SchoolYearPlanTests
{
    [Fact]
    public void A_strategy_with_appendices_has_exactly_their_school_years_in_order()
    {
        var plan = ContentRun.Of(SampleInput.Files()).Strategy.SchoolYears;

        Assert.True(plan.IsFromAppendices);
        Assert.Equal([new SchoolYear(2020), new SchoolYear(2021)], plan.Years.Select(y => y.Year));
        Assert.Equal(["2021-22-kursus", "2021-22-ipads"], plan.Years[1].Actions.Select(a => a.Id));
        Assert.Equal(["konkrete-erfaringer", "dashboard"], plan.Undated.Select(a => a.Id));
    }

    [Fact]
    public void Actions_fall_in_every_school_year_their_timeframe_touches_bounded_by_the_period()
    {
        var plan = Plan(
            period: "2016-2018",
            ("start", "Efterår 2016"),
            ("span", "2016-2017"),
            ("school-year", "2016-17"),
            ("ongoing", "Løbende"),
            ("from", "Fra skoleåret 2017-18"),
            ("none", null));

        // 2016-2018 runs from January 2016 to December 2018: school years 2015/16 to 2018/19.
        Assert.Equal(["2015/16", "2016/17", "2017/18", "2018/19"], plan.Years.Select(y => y.Year.ToString()));
        Assert.Equal(["2016/17"], plan.YearsOf(Action(plan, "start")).Select(y => y.ToString()));
        Assert.Equal(["2015/16", "2016/17", "2017/18"], plan.YearsOf(Action(plan, "span")).Select(y => y.ToString()));
        Assert.Equal(["2016/17"], plan.YearsOf(Action(plan, "school-year")).Select(y => y.ToString()));
        Assert.Equal(4, plan.YearsOf(Action(plan, "ongoing")).Count());
        Assert.Equal(["2017/18", "2018/19"], plan.YearsOf(Action(plan, "from")).Select(y => y.ToString()));
        Assert.Equal(["none"], plan.Undated.Select(a => a.Id));
        Assert.False(plan.IsFromAppendices);
    }

    [Fact]
    public void Without_a_period_the_years_reach_as_far_as_the_dated_actions()
    {
        var plan = Plan(period: null, ("a", "Forår 2017"), ("b", "Efterår 2018"), ("c", "Løbende"));

        Assert.Equal(["2016/17", "2017/18", "2018/19"], plan.Years.Select(y => y.Year.ToString()));
        Assert.Equal(3, plan.YearsOf(Action(plan, "c")).Count());
    }

    [Fact]
    public void A_strategy_with_nothing_dated_has_no_school_years()
    {
        var plan = Plan(period: "2011-2015", ("a", "Løbende"), ("b", null));

        Assert.True(plan.IsEmpty);
        Assert.Equal(["a", "b", "dashboard"], plan.Undated.Select(a => a.Id));
    }

    [Fact]
    public void A_mistyped_period_does_not_produce_decades_of_school_years()
    {
        var plan = Plan(period: null, ("a", "2016-2060"));

        Assert.Equal(SchoolYearPlan.MaxYears, plan.Years.Length);
    }

    [Fact]
    public void Targets_fall_due_in_the_school_year_of_their_deadline_and_steps_in_theirs()
    {
        var files = Files(period: null, ("a", "2016-2017"));
        files[SampleInput.FocusArea2] = """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
                targets:
                  - who: Alle skoler
                    what: bruger data i dialogen med forældrene
                    deadline: med udgangen af 2017
                    milestones:
                      - when: "2016"
                        percent: 40
            """;
        var plan = ContentRun.Of(files).Strategy.SchoolYears;

        var due = plan.Years.Select(y => (Year: y.Year.ToString(), Targets: y.Targets.Select(t => t.Milestone is null ? "deadline" : "40 pct.").ToList()))
            .Where(y => y.Targets.Count > 0)
            .ToList();
        Assert.Equal([("2016/17", ["40 pct."]), ("2017/18", ["deadline"])], due.Select(d => (d.Year, d.Targets.ToArray())).ToList(), new DueComparer());
    }

    [Fact]
    public void Herning_indsatsplan_spans_its_period_and_Aalborg_its_targets()
    {
        var site = RealSite();
        var herning = site.Strategies.Single(s => s.Id == "faelles-it-strategi-2016-2020").SchoolYears;
        var aalborg = site.Strategies.Single(s => s.Id == "it-og-digitaliseringsstrategi").SchoolYears;
        var vejle = site.Strategies.Single(s => s.Id == "digitaliseringsstrategi-2011-2015").SchoolYears;

        Assert.Equal("2015/16", herning.Years[0].Year.ToString());
        Assert.Equal("2020/21", herning.Years[^1].Year.ToString());
        Assert.Contains(herning.Years, y => y.Actions.Length > 20);
        Assert.NotEmpty(aalborg.Years);
        Assert.Contains(aalborg.Years, y => !y.Targets.IsEmpty);
        Assert.True(vejle.IsEmpty);
    }

    private static Site RealSite()
    {
        var diagnostics = new DigitalStrategy.Content.Diagnostics.DiagnosticBag();
        var files = DigitalStrategy.Content.Sources.SourceReader.ReadAll(RepositoryPaths.Input, "input", diagnostics);
        return DigitalStrategy.Content.Loading.ContentLoader.Load(files, "input", diagnostics)!;
    }

    private static StrategyAction Action(SchoolYearPlan plan, string id) => plan.Strategy.Actions.Single(a => a.Id == id);

    private static SchoolYearPlan Plan(string? period, params (string Id, string? Timeframe)[] actions) =>
        ContentRun.Of(Files(period, actions)).Strategy.SchoolYears;

    /// <summary>The sample input without appendices, with one focus area holding the given actions.</summary>
    private static Dictionary<string, string> Files(string? period, params (string Id, string? Timeframe)[] actions)
    {
        var files = SampleInput.Files();
        files.Remove(SampleInput.Appendix2020);
        files.Remove(SampleInput.Appendix2021);
        files[SampleInput.Strategy] = $"""
            title: Plan
            {(period is null ? "" : $"period: {period}")}
            """;
        files[SampleInput.FocusArea1] = "id: paedagogisk-sigte\ntitle: Pædagogisk sigte\nactions:\n" + string.Concat(actions.Select(a =>
            $"  - id: {a.Id}\n    text: Handling {a.Id}.\n" + (a.Timeframe is null ? "" : $"    timeframe: {a.Timeframe}\n")));
        return files;
    }

    private sealed class DueComparer : IEqualityComparer<(string, string[])>
    {
        public bool Equals((string, string[]) x, (string, string[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, string[]) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
