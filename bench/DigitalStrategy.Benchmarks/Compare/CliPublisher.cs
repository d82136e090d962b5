namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>
/// Publishes our command-line program the way a user would run it fast: Release, ReadyToRun
/// (compiled ahead, so start-up does not wait for the JIT), framework-dependent.
/// </summary>
public static class CliPublisher
{
    public static async Task<string> PublishAsync(string repositoryRoot, string folder, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repositoryRoot, "src", "DigitalStrategy.Cli");
        var publish = await ToolProcess.RunAsync("dotnet",
            ["publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder],
            cancellationToken: cancellationToken);
        var program = Path.Combine(folder, "digitalstrategy");
        if (!publish.Succeeded || !File.Exists(program))
        {
            throw new InvalidOperationException($"dotnet publish of {project} failed (exit code {publish.ExitCode}):\n{publish.Tail}");
        }

        return program;
    }
}
