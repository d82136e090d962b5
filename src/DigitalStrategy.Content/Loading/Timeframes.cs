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

        var timeframe = TimeframeParser.Parse(text);
        if (!timeframe.IsParsed)
        {
            fields.Warning(fields.LocationOf(key), DiagnosticCodes.UnparsedTimeframe,
                $"Tidsrummet '{text}' bliver vist, som det står, men sitet kan ikke regne ud, hvilke datoer det dækker, " +
                "så det kommer ikke med på tidslinjen og i skoleårene. Skriv det fx som 'medio 2017', 'efterår 2016', " +
                "'2016-2020', 'skoleåret 2017/18' eller 'løbende'.");
        }

        return timeframe;
    }
}
