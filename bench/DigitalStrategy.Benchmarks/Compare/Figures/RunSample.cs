using System.Globalization;

namespace DigitalStrategy.Benchmarks.Compare.Figures;

/// <summary>One timed build, as GNU time reports it with <c>-f "%e %U %S %M"</c>.</summary>
/// <param name="PeakKiB">The largest resident set size of the process, in KiB.</param>
public sealed record RunSample(double WallSeconds, double UserSeconds, double SystemSeconds, long PeakKiB)
{
    /// <summary>The format given to /usr/bin/time -f; <see cref="Parse"/> reads what it writes.</summary>
    public const string TimeFormat = "%e %U %S %M";

    public double CpuSeconds => UserSeconds + SystemSeconds;

    public double PeakMiB => PeakKiB / 1024.0;

    /// <summary>
    /// Reads GNU time's output file. Its last line holds the figures; a line before it, such as
    /// "Command exited with non-zero status 1", is ignored here (the exit code is checked apart).
    /// </summary>
    public static RunSample Parse(string timeOutput)
    {
        var last = timeOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        var parts = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var wall)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
            || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var peak))
        {
            throw new FormatException($"GNU time wrote '{last}', not \"wall user sys maxrss\".");
        }

        return new RunSample(wall, user, system, peak);
    }
}
