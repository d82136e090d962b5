using System.Diagnostics;
using System.Text.Json;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>
/// The W3C Nu HTML checker (npm package vnu-jar, installed by eng/install-test-tools.sh) run with
/// Java over a folder. Returns every error as "file(line,col): message".
/// </summary>
public static class NuHtmlChecker
{
    public static string Jar => RepositoryPaths.Combine("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder)
    {
        if (!File.Exists(Jar))
        {
            throw new InvalidOperationException($"{Jar} is missing: run eng/install-test-tools.sh (npm ci installs vnu-jar).");
        }

        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-jar", Jar, "--format", "json", "--skip-non-html", folder },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => Describe(m, folder))
            .ToList();
    }

    private static string Describe(JsonElement message, string folder)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var file = url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(folder, Uri.UnescapeDataString(url["file:".Length..])).Replace('\\', '/')
            : url;
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
        return $"{file}({line},{column}): {message.GetProperty("message").GetString()}";
    }
}
