using System.Text;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>
/// What the top of every printed page says ("Lemvig Kommune · Digitaliseringsplan · Skoleåret
/// 2021/22"), and the small print stylesheet that says it. CSS can put text in a page's margin
/// (@page margin boxes) but cannot take it from the document, and the CSP forbids inline styles,
/// so each distinct header is a stylesheet of its own, shared by all the pages with that header.
/// </summary>
public sealed record RunningHeader(string Text, string StylesheetUrl)
{
    public static RunningHeader Of(Municipality municipality) =>
        new(municipality.Name, SiteRoutes.MunicipalityRunningHeader(municipality));

    public static RunningHeader Of(Municipality municipality, Strategy strategy) =>
        new($"{municipality.Name} · {strategy.ShortTitle ?? strategy.Title}", SiteRoutes.StrategyRunningHeader(strategy));

    public static RunningHeader Of(Municipality municipality, Strategy strategy, SchoolYear year) =>
        new($"{municipality.Name} · {strategy.ShortTitle ?? strategy.Title} · Skoleåret {year}", SiteRoutes.SchoolYearRunningHeader(strategy, year));

    /// <summary>The stylesheet: the text in the top left margin box of every page.</summary>
    public string Stylesheet => $"@charset \"utf-8\";\n@page {{ @top-left {{ content: \"{Escape(Text)}\"; }} }}\n";

    /// <summary>A CSS string: quotes and backslashes escaped, line breaks as spaces.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
