using System.ComponentModel;
using System.Diagnostics;

namespace DigitalStrategy.Build.Search;

/// <summary>What indexing gave: the number of records, or the reason it failed, in words for the editor.</summary>
public sealed record IndexOutcome(int Records, string? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Builds the Pagefind index of the search records into site/pagefind/ with Node.js and the npm
/// package pinned in package-lock.json, which it installs with `npm ci` when it is missing.
/// </summary>
public static class PagefindIndexer
{
    public const string IndexFolder = "pagefind";

    private const string ScriptResource = "DigitalStrategy.Build.Search.pagefind-index.mjs";

    /// <summary>Pagefind's ready-made interfaces, which the site does not use: it has its own (theme/assets/search.js).</summary>
    private static readonly string[] UnusedFiles =
    [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ];

    public static async Task<IndexOutcome> IndexAsync(
        IReadOnlyList<SearchRecord> records, string siteFolder, string? toolsDirectory, CancellationToken cancellationToken)
    {
        if (SearchTools.FindDirectory(toolsDirectory) is not { } tools)
        {
            return Failed("Søgeindekset kan ikke bygges, fordi byggeværktøjets package-lock.json med Pagefind ikke blev fundet. " +
                "Byg fra mappen med projektets kildekode.");
        }

        if (await RunAsync("node", ["--version"], tools, cancellationToken) is not { ExitCode: 0 })
        {
            return Failed("Søgeindekset kan ikke bygges, fordi Node.js ikke er installeret. " +
                "Installér Node.js 20 eller nyere (på Debian: apt-get install nodejs npm) og byg igen.");
        }

        if (NeedsInstall(tools))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], tools, cancellationToken);
            if (install is not { ExitCode: 0 })
            {
                return Failed("Søgeindekset kan ikke bygges, fordi Pagefind ikke kunne installeres med 'npm ci' i " +
                    $"{tools}: {Tail(install?.Error ?? "npm findes ikke på maskinen.")}");
            }
        }

        var work = Directory.CreateTempSubdirectory("ds-search-");
        try
        {
            var script = Path.Combine(work.FullName, "pagefind-index.mjs");
            await using (var resource = typeof(PagefindIndexer).Assembly.GetManifestResourceStream(ScriptResource)!)
            await using (var file = File.Create(script))
            {
                await resource.CopyToAsync(file, cancellationToken);
            }

            var recordsFile = Path.Combine(work.FullName, "records.jsonl");
            await using (var file = File.Create(recordsFile))
            {
                await PagefindRecordWriter.WriteAsync(records, file, cancellationToken);
            }

            var output = Path.Combine(Path.GetFullPath(siteFolder), IndexFolder);
            var run = await RunAsync(
                "node", [script, Path.Combine(tools, SearchTools.PagefindModule), recordsFile, output], tools, cancellationToken);
            if (run is not { ExitCode: 0 })
            {
                return Failed($"Pagefind kunne ikke bygge søgeindekset: {Tail(run?.Error ?? "")}");
            }

            foreach (var unused in UnusedFiles)
            {
                File.Delete(Path.Combine(output, unused));
            }

            return new IndexOutcome(records.Count, null);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Installed packages older than the lock file, or none at all, are (re)installed, as eng/install-test-tools.sh does.</summary>
    private static bool NeedsInstall(string tools)
    {
        var installed = Path.Combine(tools, "node_modules", ".package-lock.json");
        return !File.Exists(Path.Combine(tools, SearchTools.PagefindModule))
            || !File.Exists(installed)
            || File.GetLastWriteTimeUtc(Path.Combine(tools, "package-lock.json")) > File.GetLastWriteTimeUtc(installed);
    }

    private static IndexOutcome Failed(string reason) => new(0, reason);

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 600 ? trimmed : "…" + trimmed[^600..];
    }

    private sealed record ProcessResult(int ExitCode, string Output, string Error);

    /// <summary>Runs a program to its end; null when it cannot be started at all (not installed).</summary>
    private static async Task<ProcessResult?> RunAsync(string program, IReadOnlyList<string> arguments, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new ProcessResult(process.ExitCode, await output, await error);
        }
    }
}
