using System.Reflection;

namespace DigitalStrategy.Tests.Shared;

/// <summary>
/// Finds files of the repository from a running test. It walks up from the test assembly rather
/// than using [CallerFilePath], which deterministic CI builds map to "/_/".
/// </summary>
internal static class RepositoryPaths
{
    private const string Marker = "DigitalStrategy.sln";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The real sources of the published site.</summary>
    public static string Input => Path.Combine(Root, "input");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        // Build output outside the repository (--artifacts-path) has no solution above it; the
        // folder the test project was built from is then the only way back.
        var built = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, Marker)))
        {
            return built;
        }

        throw new InvalidOperationException($"{Marker} was not found above {AppContext.BaseDirectory} nor in '{built}'");
    }
}
