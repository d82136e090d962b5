using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>A file of open data as the page offers it.</summary>
/// <param name="Format">"JSON" or "CSV", as the page shows it.</param>
/// <param name="MediaType">The link's type attribute: "application/json" or "text/csv".</param>
/// <param name="Size">The file's real size as a Danish reader writes it ("12 kB"); only the build knows it.</param>
/// <param name="Rows">The number of data rows of a CSV file; null for JSON.</param>
public sealed record DataFile(string Url, string Format, string MediaType, string Size, int? Rows);

/// <summary>The three files of one strategy: its goals and its actions as CSV, and the whole strategy as JSON.</summary>
public sealed record StrategyDataFiles(Municipality Municipality, Strategy Strategy, DataFile Goals, DataFile Actions, DataFile Json);

/// <summary>A column of a CSV file and what it holds, from the same list the build writes the files with.</summary>
public sealed record DataField(string Name, string Description);

/// <summary>
/// /data/ ("Åbne data"): every strategy's goals and actions as JSON and CSV, with the files' sizes,
/// what each column holds and how to open the files in a spreadsheet. The build makes the files
/// first and then this page, so the sizes are the real ones.
/// </summary>
public sealed record OpenDataPage(
    Site Site,
    ImmutableArray<StrategyDataFiles> Strategies,
    DataFile Index,
    DataFile Schema,
    ImmutableArray<DataField> GoalColumns,
    ImmutableArray<DataField> ActionColumns) : Page(Site)
{
    public override string Url => SiteRoutes.OpenData;

    public override string Title => "Åbne data";

    public override SourceLocation Source => Site.Settings.Source;

    public override string Description => "Hent kommunernes mål og handlinger som JSON og CSV, fx til et regneark.";

    /// <summary>The id of a strategy's files on the page, the fragment of <see cref="SiteRoutes.OpenDataOf"/>.</summary>
    public static string AnchorOf(Strategy strategy) => SiteRoutes.OpenDataOf(strategy)[(SiteRoutes.OpenData.Length + 1)..];
}
