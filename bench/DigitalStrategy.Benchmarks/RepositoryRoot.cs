namespace DigitalStrategy.Benchmarks;

/// <summary>The checkout the benchmark runs in: the folder with DigitalStrategy.sln, found upwards from the working folder or the program.</summary>
public static class RepositoryRoot
{
    private const string Marker = "DigitalStrategy.sln";

    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"{Marker} was not found above {Directory.GetCurrentDirectory()}: run the benchmark inside the repository.");
    }
}
