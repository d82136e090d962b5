using System.ComponentModel;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>The programs the comparison runs: Hugo, and GNU time for wall time, CPU time and peak memory.</summary>
public sealed record RequiredTools(string Hugo, string HugoVersion, string Time)
{
    public const string GnuTime = "/usr/bin/time";

    /// <summary>Finds Hugo and GNU time, installing Debian's packages with apt-get when one is missing.</summary>
    public static async Task<RequiredTools> EnsureAsync(TextWriter output)
    {
        if (ToolProcess.Find("hugo") is null || !File.Exists(GnuTime))
        {
            await InstallAsync(output);
        }

        var hugo = ToolProcess.Find("hugo") ?? throw new ToolMissingException("hugo is still not on PATH after installing it.");
        if (!File.Exists(GnuTime))
        {
            throw new ToolMissingException($"{GnuTime} is still missing after installing the package 'time'.");
        }

        var version = await ToolProcess.RunAsync(hugo, ["version"]);
        if (!version.Succeeded)
        {
            throw new ToolMissingException($"'hugo version' failed:\n{version.Tail}");
        }

        return new RequiredTools(hugo, version.Output.Trim(), GnuTime);
    }

    private static async Task InstallAsync(TextWriter output)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new ToolMissingException("Hugo or GNU time is missing, and installing them needs root: run 'sudo apt-get install -y hugo time', then the benchmark again.");
        }

        await output.WriteLineAsync("Installing Debian's hugo and time with apt-get …");
        try
        {
            var install = await ToolProcess.RunAsync("apt-get", ["install", "-y", "hugo", "time"]);
            if (!install.Succeeded)
            {
                // A fresh machine may not have the package lists yet.
                await ToolProcess.RunAsync("apt-get", ["update"]);
                install = await ToolProcess.RunAsync("apt-get", ["install", "-y", "hugo", "time"]);
            }

            if (!install.Succeeded)
            {
                throw new ToolMissingException($"'apt-get install -y hugo time' failed (exit code {install.ExitCode}):\n{install.Tail}");
            }
        }
        catch (Win32Exception)
        {
            throw new ToolMissingException("Hugo or GNU time is missing and apt-get is not available: install Hugo and GNU time (/usr/bin/time) yourself.");
        }
    }
}

/// <summary>A program the benchmark needs is missing and could not be installed.</summary>
public sealed class ToolMissingException(string message) : Exception(message);
