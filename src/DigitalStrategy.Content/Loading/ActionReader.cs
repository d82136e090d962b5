using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads one action; the same fields whether it stands under a focus area or in an appendix.</summary>
internal static class ActionReader
{
    /// <param name="place">Where the action stands; the appendix reads its category through the same fields.</param>
    public static StrategyAction? Read(MappingReader fields, Func<MappingReader, ActionPlace?> place)
    {
        var id = fields.RequiredString("id", "handlingens id (bruges som anker i adressen)");
        var text = RichTexts.Inline(fields.RequiredMarkdown("text", "handlingen, som den står i strategien"), fields.Diagnostics);
        var goals = fields.StringList("goals").ToImmutableArray();
        var owner = fields.OptionalString("owner");
        var timeframe = Timeframes.Read(fields, "timeframe");
        var areas = fields.StringList("area").ToImmutableArray();
        var status = fields.OptionalString("status");
        var group = fields.OptionalString("group");
        var themes = fields.StringList("themes").ToImmutableArray();
        var continues = fields.OptionalString("continues") is { } previous ? new Located<string>(previous, fields.LocationOf("continues")) : null;
        var where = place(fields);
        fields.ReportUnknownFields();

        var idIsValid = id is not null && Ids.Check(id, fields.LocationOf("id"), fields.Diagnostics);
        if (id is null || text is null || where is null || !idIsValid)
        {
            return null;
        }

        return new StrategyAction(id, text, where, owner, timeframe, areas, status, group, goals, themes, continues, fields.LocationOf("id"));
    }
}
