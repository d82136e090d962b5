using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Sorted_orders_by_path_then_line_then_column()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("input/b.yml", 1, 1), DiagnosticCodes.MissingField, "b1");
        bag.Error(new SourceLocation("input/a.yml", 10, 1), DiagnosticCodes.MissingField, "a10");
        bag.Warning(new SourceLocation("input/a.yml", 2, 7), DiagnosticCodes.UnexpectedFile, "a2-7");
        bag.Error(new SourceLocation("input/a.yml", 2, 3), DiagnosticCodes.UnknownField, "a2-3");
        bag.Error(new SourceLocation("input/A.yml", 5, 5), DiagnosticCodes.UnknownField, "A5");

        var messages = bag.Sorted().Select(d => d.Message);

        // Ordinal: "A" sorts before "a"; line 10 after line 2 (numbers, not text).
        Assert.Equal(["A5", "a2-3", "a2-7", "a10", "b1"], messages);
    }

    [Fact]
    public void Sorted_reports_the_same_finding_once()
    {
        var bag = new DiagnosticBag();
        var location = new SourceLocation("input/a.yml", 1, 1);
        bag.Error(location, DiagnosticCodes.MissingField, "Feltet 'title' mangler.");
        bag.Error(location, DiagnosticCodes.MissingField, "Feltet 'title' mangler.");
        bag.Error(location, DiagnosticCodes.MissingField, "Feltet 'id' mangler.");

        Assert.Equal(2, bag.Sorted().Count);
    }

    [Fact]
    public void HasErrors_is_false_with_only_warnings()
    {
        var bag = new DiagnosticBag();
        Assert.False(bag.HasErrors);

        bag.Warning(SourceLocation.StartOf("input/noter.txt"), DiagnosticCodes.UnexpectedFile, "Filen bruges ikke.");
        Assert.False(bag.HasErrors);

        bag.Error(SourceLocation.StartOf("input/site.yml"), DiagnosticCodes.MissingFile, "Filen mangler.");
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Diagnostics_can_be_added_from_several_threads()
    {
        var bag = new DiagnosticBag();

        Parallel.For(0, 1000, i => bag.Error(new SourceLocation("input/a.yml", i + 1, 1), DiagnosticCodes.YamlSyntax, "fejl"));

        Assert.Equal(1000, bag.Sorted().Count);
    }

    [Fact]
    public void Checks_run_in_parallel_add_their_diagnostics_in_the_order_of_the_items()
    {
        var bag = new DiagnosticBag();
        var items = Enumerable.Range(0, 200).ToList();

        bag.AddInParallel(items, (i, found) =>
        {
            Thread.SpinWait((200 - i) * 100);
            found.Warning(SourceLocation.StartOf($"input/{i}.yml"), DiagnosticCodes.UnexpectedFile, $"{i} a");
            found.Warning(SourceLocation.StartOf($"input/{i}.yml"), DiagnosticCodes.UnexpectedFile, $"{i} b");
        });

        Assert.Equal(items.SelectMany(i => new[] { $"{i} a", $"{i} b" }), bag.InOrder().Select(d => d.Message));
    }
}
