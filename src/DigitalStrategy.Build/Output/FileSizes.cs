using System.Globalization;

namespace DigitalStrategy.Build.Output;

/// <summary>File sizes for readers, beside the links to PDFs and open data files.</summary>
public static class FileSizes
{
    /// <summary>A file size as a Danish reader writes it: "245 kB" below a megabyte, "1,2 MB" from there.</summary>
    public static string Format(long bytes)
    {
        var danish = CultureInfo.GetCultureInfo("da-DK");
        var kilobytes = Math.Max(1, Math.Round(bytes / 1000d, MidpointRounding.AwayFromZero));
        return kilobytes < 1000
            ? $"{kilobytes.ToString("0", danish)} kB"
            : $"{(bytes / 1_000_000d).ToString("0.0", danish)} MB";
    }
}
