using System.Globalization;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// Dates as Danish readers write them ("21. november 2026"). Spelled out here rather than taken
/// from the da-DK culture, so the output does not depend on the ICU data of the build machine.
/// </summary>
public static class DanishDate
{
    private static readonly string[] Months =
    [
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ];

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}");

    /// <summary>The machine-readable form for a time element's datetime attribute.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
