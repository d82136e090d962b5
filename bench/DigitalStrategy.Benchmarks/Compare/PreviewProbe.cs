using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DigitalStrategy.Benchmarks.Compare.Figures;
using DigitalStrategy.Benchmarks.Compare.Hugo;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>
/// Measures the preview server's rebuild after one saved file: starts `digitalstrategy serve` on a
/// copy of the input, opens the reload events of one goal page (/__preview/events?path=…, as the
/// page's reload.js does), then changes that goal's title in its focus-area file several times,
/// alternating between two titles so every save really changes the content.
/// </summary>
public static partial class PreviewProbe
{
    private const string Changed = " (ændret)";

    public static async Task<PreviewFigures> MeasureAsync(string program, string input, string workFolder, int pages, int edits, TextWriter output, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(workFolder, "preview-input");
        CopyFolder(input, copy);
        var (file, line, url) = EditableGoal(copy);
        var original = await File.ReadAllTextAsync(file);
        var edited = original.Replace(line, line.TrimEnd('\n') + Changed + "\n", StringComparison.Ordinal);

        using var serve = ServeProcess.Start(program, copy, workFolder);
        var firstBuild = await serve.WaitForAsync(l => BuildLine().IsMatch(l), TimeSpan.FromMinutes(20), "its first \"Build 1 in X s\"", cancellationToken);
        var ready = await serve.WaitForAsync(l => l.StartsWith("Preview: ", StringComparison.Ordinal), TimeSpan.FromMinutes(1), "\"Preview: <address>\"", cancellationToken);
        var address = new Uri(ready.Text["Preview: ".Length..].Split(' ')[0]);
        await output.WriteLineAsync($"serve is up at {address} after its first build ({Reported(firstBuild.Text) / 1000:0.00} s); editing {Path.GetRelativePath(copy, file)} ({url}) {edits} times …");

        await using var reloads = await ReloadListener.OpenAsync(address, url);
        var toLine = new List<double>();
        var reported = new List<double>();
        var toReload = new List<double>();
        var fullCheck = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            // Let the previous build, its reload and any late file event settle first.
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            serve.Drain();
            reloads.Drain();
            var written = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(file, i % 2 == 0 ? edited : original, CancellationToken.None);
            var build = await serve.WaitForAsync(l => BuildLine().IsMatch(l), TimeSpan.FromMinutes(5), "a \"Build N in X s\" line after the edit", cancellationToken);
            if (build.Text.Contains(" failed ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The preview build after the edit failed: {build.Text}");
            }

            toLine.Add(Stopwatch.GetElapsedTime(written, build.Timestamp).TotalMilliseconds);
            reported.Add(Reported(build.Text));
            if (await reloads.NextAsync(TimeSpan.FromSeconds(10)) is { } reload)
            {
                toReload.Add(Stopwatch.GetElapsedTime(written, reload).TotalMilliseconds);
            }

            // The quick build of the open page is followed by the full build with every check; an
            // editor who saves again sooner cancels it, but here each edit starts from a settled preview.
            var full = await serve.WaitForAsync(l => FullCheckLine().IsMatch(l), TimeSpan.FromMinutes(10), "a \"Build N checked in full in X s\" line after the edit", cancellationToken);
            fullCheck.Add(double.Parse(FullCheckLine().Match(full.Text).Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000);
        }

        return new PreviewFigures(pages, Reported(firstBuild.Text) / 1000, toLine, reported, toReload, fullCheck);
    }

    /// <summary>The first goal whose title stands on its own line in a focus-area file, and its page's address.</summary>
    private static (string File, string Line, string Url) EditableGoal(string input)
    {
        var site = HugoSiteExporter.Load(input);
        foreach (var strategy in site.Strategies)
        {
            foreach (var focusArea in strategy.FocusAreas)
            {
                var file = Path.Combine(input, focusArea.Source.Path["input/".Length..]);
                var text = File.ReadAllText(file);
                foreach (var goal in focusArea.Goals)
                {
                    var line = $"\n    title: {goal.Title}\n";
                    if (text.Split(line).Length == 2)
                    {
                        return (file, line, $"/{strategy.MunicipalityId}/{strategy.Id}/maal/{goal.Id}/");
                    }
                }
            }
        }

        throw new InvalidOperationException($"No goal of {input} has a plain title line to edit.");
    }

    /// <summary>The X of "Build N in X s: …" in milliseconds.</summary>
    private static double Reported(string buildLine) =>
        double.Parse(BuildLine().Match(buildLine).Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000;

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^Build \d+ (failed )?in (?<seconds>[0-9.]+) s")]
    private static partial Regex BuildLine();

    [GeneratedRegex(@"^Build \d+ (checked in full|failed) in (?<seconds>[0-9.]+) s")]
    private static partial Regex FullCheckLine();
}
