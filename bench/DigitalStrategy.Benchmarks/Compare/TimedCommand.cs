using DigitalStrategy.Benchmarks.Compare.Figures;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>One generator's build command, run under GNU time into a fresh output folder.</summary>
/// <param name="Name">"ours" or "Hugo", as the tables show it.</param>
/// <param name="Arguments">The arguments after the program, given the output folder.</param>
/// <param name="Scratch">Folders the command may leave behind that would spare a later run work (Hugo's caches); deleted before each run.</param>
public sealed record TimedCommand(string Name, string Program, Func<string, IReadOnlyList<string>> Arguments, IReadOnlyList<string> Scratch)
{
    public async Task<RunSample> RunAsync(string time, string outputFolder, string timeFile, CancellationToken cancellationToken)
    {
        DeleteFolder(outputFolder);
        foreach (var folder in Scratch)
        {
            DeleteFolder(folder);
        }

        var run = await ToolProcess.RunAsync(time, ["-f", RunSample.TimeFormat, "-o", timeFile, Program, .. Arguments(outputFolder)], cancellationToken: cancellationToken);
        if (!run.Succeeded)
        {
            throw new InvalidOperationException($"The {Name} build failed (exit code {run.ExitCode}): {Program} {string.Join(' ', Arguments(outputFolder))}\n{run.Tail}");
        }

        return RunSample.Parse(await File.ReadAllTextAsync(timeFile, cancellationToken));
    }

    /// <summary>The pages a build wrote: its index.html files, as each generator writes a page as folder/index.html.</summary>
    public static int CountPages(string outputFolder) =>
        Directory.EnumerateFiles(outputFolder, "index.html", SearchOption.AllDirectories).Count();

    public static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
