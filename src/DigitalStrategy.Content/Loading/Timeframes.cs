using System.Collections.Concurrent;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads a timeframe field: kept as written, parsed into dates where the words allow it.</summary>
internal static class Timeframes
{
    public static Timeframe? Read(MappingReader fields, string key)
    {
        var text = fields.OptionalString(key);
        if (text is null)
        {
            return null;
        }

        var timeframe = Parse(text);
        if (!timeframe.IsParsed)
        {
            fields.Warning(fields.LocationOf(key), DiagnosticCodes.UnparsedTimeframe,
                $"Tidsrummet '{text}' bliver vist, som det står, men sitet kan ikke regne ud, hvilke datoer det dækker, " +
                "så det kommer ikke med på tidslinjen og i skoleårene. Skriv det fx som 'medio 2017', 'efterår 2016', " +
                "'2016-2020', 'skoleåret 2017/18' eller 'løbende'.");
        }

        return timeframe;
    }

    /// <summary>
    /// Sources repeat the same few timeframes ("2024", "primo 2023", "løbende") thousands of times,
    /// so each text is parsed once; the parse depends on nothing but the text.
    /// </summary>
    private static Timeframe Parse(string text)
    {
        if (Parsed.TryGetValue(text, out var known))
        {
            return known;
        }

        var timeframe = TimeframeParser.Parse(text);
        if (Parsed.Count < MaxRemembered)
        {
            Parsed.TryAdd(text, timeframe);
        }

        return timeframe;
    }

    /// <summary>Enough for any site's distinct timeframes; beyond it (a preview server's edits over weeks) texts are parsed each time.</summary>
    private const int MaxRemembered = 20_000;

    private static readonly ConcurrentDictionary<string, Timeframe> Parsed = new(StringComparer.Ordinal);
}
