using System.Diagnostics;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// A git repository in a test's folder, with commits at fixed dates, so "Sidst opdateret" can be
/// asserted. The user's own git configuration is kept out, so signing or hooks cannot interfere.
/// </summary>
internal sealed class GitRepository
{
    private readonly string _folder;

    private GitRepository(string folder) => _folder = folder;

    public static GitRepository Init(string folder)
    {
        Directory.CreateDirectory(folder);
        var repository = new GitRepository(folder);
        repository.Run(null, "init", "-q");
        return repository;
    }

    /// <summary>Commits every change in the folder.</summary>
    /// <param name="committed">The committer date, which the site shows, e.g. "2024-05-03T10:00:00+02:00".</param>
    /// <param name="authored">The author date, which the site must not show; the committer date when not given.</param>
    public void CommitAll(string committed, string? authored = null)
    {
        Run(null, "add", "-A");
        Run(new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = committed, ["GIT_AUTHOR_DATE"] = authored ?? committed },
            "commit", "-q", "-m", $"Change of {committed}");
    }

    private void Run(Dictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.dk", "-c", "commit.gpgsign=false", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }

        using var git = Process.Start(info)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
