using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DigitalStrategy.Build.History;

/// <summary>
/// The date of each file's last commit (the committer date, in the committer's time zone), read
/// with one 'git log' over the input folder, so a site of 10,000 files costs one process, not
/// 10,000. The log is read newest first and stopped as soon as every wanted file has its date.
/// A folder outside git, a missing git or a failing git give no dates: an editor's site without
/// git is normal, and a date is only shown when it is known.
/// </summary>
public static class GitDates
{
    /// <summary>Marks the start of a commit in the log (ASCII record separator: no file name holds it).</summary>
    private const char CommitMark = '\u001e';

    private static readonly string[] HookVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"];

    /// <param name="inputDirectory">The folder the paths are relative to.</param>
    /// <param name="wanted">Paths relative to <paramref name="inputDirectory"/> with forward slashes.</param>
    /// <returns>The date of each wanted path that has been committed.</returns>
    public static async Task<IReadOnlyDictionary<string, DateOnly>> ReadAsync(
        string inputDirectory, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (wanted.Count == 0 || !Directory.Exists(inputDirectory))
        {
            return dates;
        }

        using var git = new Process { StartInfo = StartInfo(inputDirectory) };
        try
        {
            git.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            return dates; // git is not installed
        }

        git.ErrorDataReceived += (_, _) => { }; // "not a git repository" and the like are not the editor's concern
        git.BeginErrorReadLine();
        var remaining = new HashSet<string>(wanted, StringComparer.Ordinal);
        bool stoppedEarly;
        using (cancellationToken.Register(() => Stop(git)))
        {
            stoppedEarly = await ReadLogAsync(git.StandardOutput, remaining, dates, cancellationToken);
            if (stoppedEarly)
            {
                Stop(git);
            }

            await git.WaitForExitAsync(cancellationToken);
        }

        // A log cut short by an error may lack newer commits of some files: better no dates than wrong ones.
        return stoppedEarly || git.ExitCode == 0 ? dates : new Dictionary<string, DateOnly>();
    }

    private static ProcessStartInfo StartInfo(string inputDirectory)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = inputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            CreateNoWindow = true,
        };

        // Paths verbatim (-z), relative to the input folder (--relative), each commit marked (%x1e, CommitMark) and dated.
        string[] arguments =
        [
            "-c", "core.quotePath=off", "-c", "log.showSignature=false",
            "log", "--format=%x1e%cI", "--name-only", "--relative", "--no-renames", "-z", "--", ".",
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Set by git hooks (a pre-commit 'check'); they would point git at another folder than the input's.
        foreach (var variable in HookVariables)
        {
            info.Environment.Remove(variable);
        }

        info.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        return info;
    }

    /// <summary>Reads the log until it ends or every wanted path has a date; returns whether it stopped early.</summary>
    private static async Task<bool> ReadLogAsync(
        StreamReader log, HashSet<string> remaining, Dictionary<string, DateOnly> dates, CancellationToken cancellationToken)
    {
        DateOnly? commitDate = null;
        var token = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await log.ReadAsync(buffer, cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\0')
                {
                    token.Append(buffer[i]);
                    continue;
                }

                var text = token.ToString().TrimStart('\n');
                token.Clear();
                if (text.Length > 0 && text[0] == CommitMark)
                {
                    commitDate = ParseDate(text[1..]);
                }
                else if (commitDate is { } date && remaining.Remove(text))
                {
                    // The log runs newest first, so a file's first mention is its last commit.
                    dates[text] = date;
                    if (remaining.Count == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static DateOnly? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;

    private static void Stop(Process git)
    {
        try
        {
            if (!git.HasExited)
            {
                git.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It ended by itself meanwhile.
        }
    }
}
