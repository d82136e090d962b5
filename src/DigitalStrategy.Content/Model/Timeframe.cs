namespace DigitalStrategy.Content.Model;

/// <summary>What a timeframe text says about time.</summary>
public enum TimeframeKind
{
    /// <summary>A span of dates, possibly open at one end ("2016-2020", "fra 2017", "senest 2018").</summary>
    Period,

    /// <summary>Recurring or continuous work ("løbende", "hvert år", "4 gange årligt").</summary>
    Ongoing,

    /// <summary>Work that had already begun when the document was written ("er påbegyndt", "igangsat").</summary>
    Started,

    /// <summary>Text the parser does not understand; only <see cref="Timeframe.Text"/> is meaningful.</summary>
    Unparsed,
}

/// <summary>
/// A timeframe ("Tidsramme") as written in a strategy, with the dates it stands for. Dates are inclusive.
/// Start null means no known start ("indtil 2017", "senest 2018"); End null means open-ended ("fra skoleåret 2017-18").
/// Ongoing and Started usually have no dates, but keep them when the text gives some
/// ("løbende fra 2017", "er påbegyndt - afsluttes medio 2019").
/// </summary>
/// <param name="Text">The text exactly as written, so the site can always show the author's own words.</param>
public sealed record Timeframe(string Text, TimeframeKind Kind, DateOnly? Start, DateOnly? End)
{
    public bool IsParsed => Kind != TimeframeKind.Unparsed;

    /// <summary>
    /// True when the timeframe shares at least one day with <paramref name="from"/>..<paramref name="to"/> (inclusive).
    /// A missing Start or End counts as unbounded, so Ongoing and Started timeframes without dates overlap every
    /// interval: they are not known to have ended, and the school-year views only ask about the school years of the
    /// strategy the action belongs to. Unparsed never overlaps, because nothing is known about it.
    /// </summary>
    public bool Overlaps(DateOnly from, DateOnly to) =>
        IsParsed && from <= to && (Start ?? DateOnly.MinValue) <= to && (End ?? DateOnly.MaxValue) >= from;

    public bool Overlaps(SchoolYear year) => Overlaps(year.FirstDay, year.LastDay);
}
