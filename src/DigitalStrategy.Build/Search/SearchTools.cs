namespace DigitalStrategy.Build.Search;

/// <summary>
/// Where the npm tools of the build live: the folder whose package-lock.json pins Pagefind (the
/// repository root). Found from the configured folder, or else upwards from the working folder
/// and from the program's own folder.
/// </summary>
public static class SearchTools
{
    public const string PagefindModule = "node_modules/pagefind/lib/index.js";

    public static string? FindDirectory(string? configured)
    {
        if (configured is not null)
        {
            return PinsPagefind(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (PinsPagefind(folder.FullName))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }

    private static bool PinsPagefind(string folder)
    {
        var lockFile = Path.Combine(folder, "package-lock.json");
        return File.Exists(lockFile) && File.ReadAllText(lockFile).Contains("\"node_modules/pagefind\"", StringComparison.Ordinal);
    }
}
