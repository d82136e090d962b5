using System.Globalization;

namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>Timeframes written the ways the real strategies write them, all of a form the build reads as dates.</summary>
public static class Timeframes
{
    /// <summary>A timeframe inside the years <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static string Within(Dice dice, int first, int last)
    {
        var year = dice.Between(first, last);
        var later = Math.Min(last, year + dice.Between(1, 2));
        return dice.Between(0, 13) switch
        {
            0 => Year(year),
            1 => $"primo {Year(year)}",
            2 => $"Medio {Year(year)}",
            3 => $"ultimo {Year(year)}",
            4 => $"Forår {Year(year)}",
            5 => $"efterår {Year(year)}",
            6 => "Løbende",
            7 => $"skoleåret {SchoolYear(year, '/')}",
            8 => $"Fra skoleåret {SchoolYear(year, '-')}",
            9 => $"senest {Year(later)}",
            10 => $"1. halvår {Year(year)}",
            11 => $"august {Year(year)}",
            12 => $"{Year(year)}-{Year(later)}",
            _ => $"inden udgangen af {Year(later)}",
        };
    }

    /// <summary>"2021/22" (or "2021-22") for the school year that begins in August of <paramref name="year"/>.</summary>
    public static string SchoolYear(int year, char separator = '/') =>
        Year(year) + separator + ((year + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
