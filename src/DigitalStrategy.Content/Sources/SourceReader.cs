using System.Text;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Sources;

/// <summary>Reads the text files of an input folder, rejecting anything that is not valid UTF-8.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".yml", ".yaml", ".md" };

    /// <param name="inputDirectory">The folder to read.</param>
    /// <param name="displayRoot">How the folder is named in diagnostics, e.g. "input".</param>
    /// <param name="stamps">The files as an earlier read found them; files not written since are not read again.</param>
    public static IReadOnlyList<SourceFile> ReadAll(string inputDirectory, string displayRoot, DiagnosticBag diagnostics, SourceFileStamps? stamps = null)
    {
        var files = new List<SourceFile>();
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Error(SourceLocation.StartOf(displayRoot), DiagnosticCodes.MissingFile,
                $"Mappen '{displayRoot}' findes ikke. Angiv mappen med kilderne med --input.");
            return files;
        }

        var paths = Directory.EnumerateFiles(inputDirectory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(inputDirectory, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();

        // The files are read on all cores, then taken in order, so the diagnostics come in the same order.
        var read = new (byte[] Bytes, string? Text, int BadOffset)[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            if (TextExtensions.Contains(Path.GetExtension(paths[i])))
            {
                var path = Path.Combine(inputDirectory, paths[i]);
                var (text, bytes, badOffset) = stamps is null ? Decode(File.ReadAllBytes(path)) : stamps.Read(path, Decode);
                read[i] = (bytes, text, badOffset);
            }
        });
        stamps?.KeepOnly(paths.Select(p => Path.Combine(inputDirectory, p)).ToHashSet(StringComparer.Ordinal));

        for (var i = 0; i < paths.Count; i++)
        {
            var relative = paths[i];
            var display = CombineDisplay(displayRoot, relative);
            if (!TextExtensions.Contains(Path.GetExtension(relative)))
            {
                diagnostics.Warning(SourceLocation.StartOf(display), DiagnosticCodes.UnexpectedFile,
                    "Filen bruges ikke: kun .yml- og .md-filer læses. Flyt eller slet den, hvis den ikke skal være her.");
                continue;
            }

            if (read[i].Text is { } text)
            {
                files.Add(new SourceFile(relative, display, text));
            }
            else
            {
                var (line, column) = LineAndColumnOfByte(read[i].Bytes, read[i].BadOffset);
                diagnostics.Error(new SourceLocation(display, line, column), DiagnosticCodes.NotUtf8,
                    "Filen er ikke gemt som UTF-8, så æ, ø og å kan ikke læses. Gem filen igen med tegnsættet UTF-8.");
            }
        }

        return files;
    }

    private static (string? Text, byte[] Bytes, int BadOffset) Decode(byte[] bytes) =>
        TryDecode(bytes, out var text, out var badOffset) ? (text, [], -1) : (null, bytes, badOffset);

    public static string CombineDisplay(string displayRoot, string relative) =>
        displayRoot.Length == 0 ? relative : $"{displayRoot.TrimEnd('/', '\\')}/{relative}";

    internal static bool TryDecode(byte[] bytes, out string text, out int badOffset)
    {
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            badOffset = start + Math.Max(ex.Index, 0);
            return false;
        }
    }

    /// <summary>Counts lines and characters up to a byte offset, treating the valid prefix as UTF-8.</summary>
    internal static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int offset)
    {
        // A byte order mark is invisible in the editor, so it must not count as a column.
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var prefix = Encoding.UTF8.GetString(bytes, start, Math.Clamp(offset, start, bytes.Length) - start);
        var line = 1 + prefix.Count(c => c == '\n');
        var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
