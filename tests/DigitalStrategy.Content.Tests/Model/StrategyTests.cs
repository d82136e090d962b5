using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Model;

public sealed class StrategyTests
{
    [Fact]
    public void ActionsServing_returns_the_actions_that_name_the_goal_in_reading_order()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        var goal = strategy.FindGoal("nysgerrig-omgang");

        Assert.NotNull(goal);
        // The focus area's action first, then the appendices by school year (2020/21 before 2021/22).
        Assert.Equal(
            ["konkrete-erfaringer", "2020-21-kursus", "2021-22-kursus"],
            strategy.ActionsServing(goal).Select(a => a.Id));
    }

    [Fact]
    public void ActionsServing_a_goal_that_no_action_names_is_empty()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            """)));

        run.ExpectNoDiagnostics();
        var strategy = run.Strategy;
        Assert.Empty(strategy.ActionsServing(strategy.FindGoal("datainformeret-ledelse")!));
        Assert.Equal(["konkrete-erfaringer"], strategy.ActionsServing(strategy.FindGoal("brugere-og-skabere")!).Select(a => a.Id));
    }

    [Fact]
    public void Actions_lists_focus_area_actions_before_appendix_actions()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Equal(
            ["konkrete-erfaringer", "dashboard", "2020-21-kursus", "2021-22-kursus", "2021-22-ipads"],
            strategy.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Find_methods_return_null_for_unknown_ids()
    {
        var strategy = ContentRun.Of(SampleInput.Files()).Strategy;

        Assert.Null(strategy.FindGoal("ukendt"));
        Assert.Null(strategy.FindFocusArea("ukendt"));
        Assert.Null(strategy.FindCategory("ukendt"));
        Assert.Equal("Anvendelse af data", strategy.FindFocusArea("anvendelse-af-data")!.Title);
    }
}
