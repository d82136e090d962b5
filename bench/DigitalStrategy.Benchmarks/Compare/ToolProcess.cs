using System.Diagnostics;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>How a program ended and what it wrote.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The end of what it wrote, for an error message.</summary>
    public string Tail => string.Join('\n', (Error + "\n" + Output).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(25));
}

/// <summary>
/// Runs a program to its end with its output captured; the arguments are passed as they are, never
/// through a shell. When the benchmark is stopped, the program and its children are killed.
/// </summary>
public static class ToolProcess
{
    public static async Task<ToolResult> RunAsync(
        string program, IEnumerable<string> arguments, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

    /// <summary>The program's full path from PATH, or null when it is not installed.</summary>
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }
}
