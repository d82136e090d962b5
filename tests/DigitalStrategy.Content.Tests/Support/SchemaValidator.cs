using System.Diagnostics;
using System.Text.Json;

namespace DigitalStrategy.Content.Tests.Support;

/// <summary>
/// Checks YAML files against the JSON Schemas in schemas/ with eng/validate-yaml-schema.mjs, which
/// runs ajv and yaml from the repository's node_modules (as the browser tests find vnu-jar there).
/// Many files go to one node process per schema, so a test run starts only a handful of processes.
/// </summary>
public static class SchemaValidator
{
    private static readonly string[] Packages = ["ajv", "ajv-formats", "yaml"];

    private static readonly object InstallLock = new();

    /// <param name="Errors">What ajv (or the YAML parser) found, "path: keyword: message".</param>
    public sealed record Verdict(bool Valid, IReadOnlyList<string> Errors)
    {
        public override string ToString() => Valid ? "valid" : "invalid: " + string.Join("; ", Errors);
    }

    /// <summary>The verdict on each file, by its full path.</summary>
    /// <param name="files">Each file with the schema to check it against, e.g. "appendix.schema.json".</param>
    public static IReadOnlyDictionary<string, Verdict> Validate(IEnumerable<(string Schema, string File)> files)
    {
        EnsurePackages();
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => f.Schema, StringComparer.Ordinal))
        {
            var json = RunNode([RepositoryPaths.Combine("eng", "validate-yaml-schema.mjs"), RepositoryPaths.Combine("schemas", group.Key), .. group.Select(f => f.File)]);
            using var results = JsonDocument.Parse(json);
            foreach (var result in results.RootElement.EnumerateArray())
            {
                var errors = result.GetProperty("errors").EnumerateArray()
                    .Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}")
                    .ToList();
                verdicts[result.GetProperty("file").GetString()!] = new Verdict(result.GetProperty("valid").GetBoolean(), errors);
            }
        }

        return verdicts;
    }

    private static string RunNode(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: install Node.js 20+.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // 0: all valid, 1: some invalid; anything else is a broken schema or script.
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"eng/validate-yaml-schema.mjs exited with {process.ExitCode}:\n{error.Result}");
        }

        return output;
    }

    /// <summary>
    /// Installs the npm packages of package-lock.json when they are missing or older than the lock
    /// file, as eng/install-test-tools.sh does; one test project at a time (a named mutex), since
    /// npm ci replaces node_modules.
    /// </summary>
    private static void EnsurePackages()
    {
        lock (InstallLock)
        {
            if (PackagesAreCurrent())
            {
                return;
            }

            using var mutex = new Mutex(initiallyOwned: false, "digitalstrategy-npm-ci");
            mutex.WaitOne();
            try
            {
                if (!PackagesAreCurrent())
                {
                    Run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
                }
            }
            finally
            {
                mutex.ReleaseMutex();
            }
        }
    }

    private static bool PackagesAreCurrent()
    {
        var installed = RepositoryPaths.Combine("node_modules", ".package-lock.json");
        return File.Exists(installed)
            && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(RepositoryPaths.Combine("package-lock.json"))
            && Packages.All(p => File.Exists(RepositoryPaths.Combine("node_modules", p, "package.json")));
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started: install Node.js 20+ with npm.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
