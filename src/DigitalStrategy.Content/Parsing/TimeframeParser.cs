using System.Globalization;
using System.Text.RegularExpressions;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Reads a Danish timeframe ("Tidsramme") as municipal strategies write it. Never throws; text it does not
/// understand comes back as <see cref="TimeframeKind.Unparsed"/> with no dates, and the original text is always kept.
/// Case, extra spaces, hyphen/en dash/em dash, a trailing full stop, "ca." and words such as "i", "i løbet af",
/// "den" and "år" are ignored. All dates are inclusive. Conventions, chosen where Danish usage is vague:
/// <list type="bullet">
/// <item>"2017" is the calendar year; "2016-2020" runs from 1 January 2016 to 31 December 2020.</item>
/// <item>"primo 2017" is January–March, "medio 2017" June–July, "ultimo 2017" October–December. Medio is kept to
/// two months so that a medio deadline stays inside the school year that ends 31 July.
/// "(i) starten/midten/slutningen af" and "først/midt/sidst i" are read as primo/medio/ultimo.</item>
/// <item>"primo/medio/ultimo august 2016" are the days 1–10, 11–20 and 21–31 of the month.</item>
/// <item>Seasons: forår March–May, sommer June–August, efterår September–November. "vinter 2017" is January–February
/// 2017 (it would be a guess which December is meant); "vinteren 2016/17" is December 2016–February 2017.</item>
/// <item>"sommerferien 2017" is July 2017, so "inden sommerferien 2017" ends 30 June and
/// "efter sommerferien 2017" starts 1 August with the new school year.</item>
/// <item>"2017/18", "2017-18", "2017/2018" and "skoleåret 2017/18" are school years (1 August–31 July, see
/// <see cref="SchoolYear"/>); "2017-2018" is two calendar years.</item>
/// <item>"august–december 2016" takes the year from the second part; "november - februar 2017" starts in 2016.</item>
/// <item>"fra/start/påbegyndes X", "X og frem" and "X -" are open-ended from the start of X.
/// "til/indtil/senest/færdig/afsluttes X" and "(med/ved/inden) udgangen af X" end on the last day of X;
/// "inden/før X" ends the day before X starts; "efter X" starts the day after X ends.</item>
/// <item>"X og Y", "X/Y" and sentences that each give a period ("2016- 2017. Alle har en plan ultimo 2017") cover both.</item>
/// <item>"er påbegyndt", "igangsat", "i gang" are Started; what follows adds dates ("påbegyndt i 2016" gives the
/// start, "påbegyndt. Afsluttes ultimo 2017" the end). "løbende", "hvert år", "4 gange årligt", "hele perioden" are
/// Ongoing, with dates only when a period follows ("løbende 2016-2020").</item>
/// <item>Table cells mix a short statement with the time ("Omorganiseres fra medio 2017"). Leading words are
/// skipped only up to a word that introduces a time (i, fra, primo, senest, ...) and never past a word that
/// changes the meaning (ikke, udskudt, afventer), so "Afventer KL-udmelding" stays Unparsed.</item>
/// </list>
/// </summary>
public static partial class TimeframeParser
{
    // Timeframes are short table cells; anything longer is prose, and the bound keeps the search cheap.
    private const int MaxLength = 200;

    private static readonly Dictionary<string, int> Months = Numbered(
        "januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli", "august aug",
        "september sep sept", "oktober okt", "november nov", "december dec");

    // "jul" is left out of the months on purpose: it is Christmas, and "inden jul 2017" must not mean July.
    private static readonly Dictionary<string, (int From, int To)> Seasons = new(StringComparer.Ordinal)
    {
        ["forår"] = (3, 5), ["foråret"] = (3, 5), ["sommer"] = (6, 8), ["sommeren"] = (6, 8),
        ["efterår"] = (9, 11), ["efteråret"] = (9, 11), ["vinter"] = (1, 2), ["vinteren"] = (1, 2),
        ["sommerferie"] = (7, 7), ["sommerferien"] = (7, 7),
    };

    private static readonly Dictionary<string, int> Ordinals = Numbered("første 1", "anden andet 2", "tredje 3", "fjerde 4");

    private static readonly HashSet<string> OngoingAnchors = Words(
        "løbende fortløbende kontinuerligt kontinuerlig årligt halvårligt kvartalsvis månedligt ugentligt hvert hver " +
        "perioden strategiperioden fremover tilbagevendende");

    private static readonly HashSet<string> OngoingFillers = Words(
        "i hele år året gange gang om og forår foråret efterår efteråret sommer vinter måned måneden uge semester " +
        "skoleår skoleåret løbet af");

    // Words that introduce a time in a table cell that starts with a statement ("Omorganiseres fra medio 2017").
    private static readonly HashSet<string> Connectors = Words(
        "i fra primo medio ultimo senest inden før efter hvert løbende fortløbende med ved afsluttes afsluttet færdig " +
        "er påbegyndt igangsat start påbegyndes");

    // Words that change what the time means, so the statement must not be skipped ("Ikke før 2018").
    private static readonly HashSet<string> Blockers = Words("ikke aldrig udskudt udsat afventer afventes aflyst");

    public static Timeframe Parse(string text)
    {
        // Callers pass YAML values, which may be null despite the signature; the promise is never to throw.
        var original = text ?? string.Empty;
        var normalized = original.Length > MaxLength ? string.Empty : Normalize(original);
        return Read(normalized, prose: true) is { } r
            ? new Timeframe(original, r.Kind, r.Start, r.End)
            : new Timeframe(original, TimeframeKind.Unparsed, null, null);
    }

    private static string Normalize(string text)
    {
        var s = Dashes().Replace(text.ToLowerInvariant(), "-");
        s = Noise().Replace(s, " ");
        s = SentenceEnd().Replace(s, " | ");
        s = Dots().Replace(s, " ");
        s = Joiners().Replace(s, j => j.Value.Contains('/', StringComparison.Ordinal) ? "/" : " - ");
        s = Qualifiers().Replace(s, q => q.Groups["p"].Success ? "primo" : q.Groups["m"].Success ? "medio" : "ultimo");
        return Spaces().Replace(s, " ").Trim();
    }

    private static Reading? Read(string s, bool prose) =>
        s.Length == 0 ? null
        : IsOngoing(s.Split(' ', '/')) ? new(TimeframeKind.Ongoing, null, null)
        : StartedWork(s) ?? Sentences(s, prose) ?? OngoingWithin(s) ?? Prefixed(s) ?? (prose ? AfterStatement(s) : null);

    private static bool IsOngoing(string[] words) =>
        words.All(w => OngoingAnchors.Contains(w) || OngoingFillers.Contains(w) || Months.ContainsKey(w)
            || (w.Length is 1 or 2 && w.All(char.IsAsciiDigit)))
        && words.Any(OngoingAnchors.Contains);

    private static Reading? StartedWork(string s)
    {
        var match = Started().Match(s);
        var rest = match.Groups["rest"].Value;
        if (!match.Success || rest.Length == 0)
        {
            return match.Success ? new(TimeframeKind.Started, null, null) : null;
        }

        // "påbegyndt i 2016" says when it began; "påbegyndt. Afsluttes ultimo 2017" says when it ends.
        return Point(rest) is { } began ? new(TimeframeKind.Started, began.Start, null)
            : Read(rest, prose: false) is { Kind: TimeframeKind.Period } r ? r with { Kind = TimeframeKind.Started }
            : null;
    }

    private static Reading? Sentences(string s, bool prose)
    {
        var parts = s.Split(" | ");
        var readings = parts.Length < 2 ? [] : parts.Select(part => Read(part, prose)).ToList();
        if (readings.Count == 0 || readings.Any(p => p is not { Kind: TimeframeKind.Period }))
        {
            return null;
        }

        var starts = readings.Select(p => p!.Value.Start).ToList();
        var ends = readings.Select(p => p!.Value.End).ToList();
        return Period(starts.Contains(null) ? null : starts.Min(), ends.Contains(null) ? null : ends.Max());
    }

    private static Reading? OngoingWithin(string s)
    {
        var words = s.Split(' ');
        for (var k = 1; k < words.Length && words[k - 1].Split('/').All(w => OngoingAnchors.Contains(w) || OngoingFillers.Contains(w)); k++)
        {
            if (words[..k].Any(OngoingAnchors.Contains) && Prefixed(string.Join(' ', words[k..])) is { } r)
            {
                return r with { Kind = TimeframeKind.Ongoing };
            }
        }

        return null;
    }

    private static Reading? Prefixed(string s)
    {
        var open = OpenEnd().Match(s);
        s = s[..(open.Success ? open.Index : s.Length)];

        // "Afsluttes ultimo 2017" and "afsluttes senest 2018" both give the end.
        var finish = Finish().Match(s);
        var prefix = Prefix().Match(s[finish.Length..]);
        var body = prefix.Success ? prefix.Groups["rest"].Value : s[finish.Length..];
        var point = Point(body);
        if ((point ?? Range(body)) is not { } span)
        {
            return null;
        }

        // A holiday is a moment rather than a span: "senest til sommerferien" means before it starts.
        var ends = prefix.Groups["until"].Success || (finish.Success && !prefix.Success);
        var until = ends && !body.Contains("sommerferie", StringComparison.Ordinal);
        var before = prefix.Groups["before"].Success || (ends && !until);
        return prefix.Groups["from"].Success ? Period(span.Start, point is null && !open.Success ? span.End : null)
            : until ? Period(null, span.End)
            : before ? Period(null, span.Start.AddDays(-1))
            : prefix.Groups["after"].Success ? Period(span.End.AddDays(1), null)
            : Period(span.Start, open.Success ? null : span.End);
    }

    private static Reading? AfterStatement(string s)
    {
        var words = s.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var previous = words[i - 1];
            if (Blockers.Contains(previous) || !previous.All(c => char.IsLetter(c) || c == '-'))
            {
                return null;
            }

            if (Connectors.Contains(words[i]) && Read(string.Join(' ', words[i..]), prose: false) is { } r)
            {
                return r;
            }
        }

        return null;
    }

    private static Span? Range(string s)
    {
        foreach (Match separator in RangeSeparator().Matches(s))
        {
            var left = s[..separator.Index].Trim();
            var right = s[(separator.Index + separator.Length)..].Trim();
            if (left.Length > 0 && Point(right) is { } end
                && (Point(left) ?? WithYearOf(left, right, end)) is { } start && start.Start <= end.End)
            {
                return new Span(start.Start, end.End);
            }
        }

        return null;
    }

    // "august–december 2016": the first part borrows the year, or the year before if it would start later.
    private static Span? WithYearOf(string left, string right, Span end)
    {
        var year = TrailingYear().Match(right);
        var y = year.Success ? Int(year, "y") : 0;
        return !year.Success ? null
            : Point($"{left} {y}") is { } same && same.Start <= end.Start ? same
            : Point($"{left} {y - 1}");
    }

    private static Span? Point(string text)
    {
        var s = Fillers().Replace(text, string.Empty);
        Match m;
        return (m = Year().Match(s)).Success ? YearSpan(Int(m, "y"), m.Groups["q"].Value)
            : (m = NumericDate().Match(s)).Success ? OneDay(Date(Int(m, "y"), Int(m, "m"), Int(m, "d")))
            : (m = SchoolYearText().Match(s)).Success ? SchoolYearSpan(m)
            : (m = YearPart().Match(s)).Success ? PartSpan(m)
            : (m = WordYear().Match(s)).Success ? WordSpan(m)
            : null;
    }

    private static Span? YearSpan(int y, string qualifier) => qualifier switch
    {
        "primo" => MonthSpan(y, 1, 3),
        "medio" => MonthSpan(y, 6, 7),
        "ultimo" => MonthSpan(y, 10, 12),
        _ => MonthSpan(y, 1, 12),
    };

    private static Span? PartSpan(Match m)
    {
        var size = m.Groups["half"].Success ? 6 : 3;
        return Ordinals.TryGetValue(m.Groups["n"].Value, out var n) && n * size <= 12
            ? MonthSpan(Int(m, "y"), (n - 1) * size + 1, n * size)
            : null;
    }

    private static Span? SchoolYearSpan(Match m)
    {
        var first = m.Groups["a"].Value;
        var second = m.Groups["b"].Value;
        var written = second.Length == 2 ? $"{first}/{second}" : Int(m, "b") == Int(m, "a") + 1 ? $"{first}/{second[2..]}" : null;
        return !SchoolYear.TryParse(written, out var year) ? null
            : m.Groups["winter"].Success ? Make(Date(year.StartYear, 12, 1), Last(year.EndYear, 2))
            : new Span(year.FirstDay, year.LastDay);
    }

    private static Span? WordSpan(Match m)
    {
        var (word, y, q) = (m.Groups["w"].Value, Int(m, "y"), m.Groups["q"].Value);
        if (Months.TryGetValue(word, out var month))
        {
            var day = m.Groups["d"].Success ? Int(m, "d") : 0;
            return day > 0 ? OneDay(Date(y, month, day))
                : q == "primo" ? Make(Date(y, month, 1), Date(y, month, 10))
                : q == "medio" ? Make(Date(y, month, 11), Date(y, month, 20))
                : q == "ultimo" ? Make(Date(y, month, 21), Last(y, month))
                : MonthSpan(y, month, month);
        }

        return Seasons.TryGetValue(word, out var season) && !m.Groups["d"].Success && q.Length == 0
            ? MonthSpan(y, season.From, season.To)
            : null;
    }

    private static Span? MonthSpan(int year, int from, int to) => Make(Date(year, from, 1), Last(year, to));

    private static Span? OneDay(DateOnly? day) => Make(day, day);

    private static Span? Make(DateOnly? start, DateOnly? end) => start is { } s && end is { } e && s <= e ? new Span(s, e) : null;

    private static DateOnly? Date(int y, int m, int d) =>
        y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly? Last(int y, int m) => Date(y, m, 1)?.AddMonths(1).AddDays(-1);

    private static Reading Period(DateOnly? start, DateOnly? end) => new(TimeframeKind.Period, start, end);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Numbered(params string[] groups) =>
        groups.SelectMany((g, i) => g.Split(' ').Select(w => (w, i + 1))).ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);

    private readonly record struct Span(DateOnly Start, DateOnly End);

    private readonly record struct Reading(TimeframeKind Kind, DateOnly? Start, DateOnly? End);

    // Patterns work on normalized text: lower case, single spaces, "-" for every dash, no abbreviation dots.
    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();
    [GeneratedRegex(@"\b(?:ca|cirka|omkring|tidsramme)\b\.?|[()\[\]""“”„«»:,;]")]
    private static partial Regex Noise();

    // A full stop after a year or a word, followed by another word, ends a sentence ("2017. Alle har ...").
    [GeneratedRegex(@"(?<=[0-9]{4}|\p{L}{3})\.(?=\s+\p{L})")]
    private static partial Regex SentenceEnd();

    // Abbreviations ("aug.", "kvart."), ordinals ("1. kvartal") and the final full stop; not "01.08.2016".
    [GeneratedRegex(@"(?<=\p{L})\.|(?<=[0-9])\.(?=\s|$)")]
    private static partial Regex Dots();
    // "2017 / 18" becomes "2017/18"; a dash with a space on either side separates a range ("2016- 2017").
    [GeneratedRegex(@"\s*/\s*|\s+-\s*|\s*-\s+")]
    private static partial Regex Joiners();
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\b(?:(?:i )?(?:(?<p>starten|begyndelsen)|(?<m>midten)|slutningen) af|(?<p>først) i|(?<m>midt) i|sidst i)\b")]
    private static partial Regex Qualifiers();
    [GeneratedRegex(@"^(?:(?:er|allerede|blevet) )*(?:påbegyndt|igangsat|igangværende|i gang|sat i gang|startet|opstartet|begyndt|iværksat)(?:$|[ /|-]+(?:og )?(?<rest>.*)$)")]
    private static partial Regex Started();
    [GeneratedRegex(@"(?: og frem(?:efter|over|ad)?| ?-)$")]
    private static partial Regex OpenEnd();
    [GeneratedRegex(@"^(?:(?<from>fra og med|fra|start(?:er|es)?|opstart|med start|påbegyndes|begynder|igangsættes|tidligst|med virkning fra|gældende fra|pr)|(?<after>efter)|(?<until>senest(?: ved| med| til)?(?: udgangen af)?|(?:inden|før) udgangen af|(?:frem |ind)?til(?: udgangen af)?|frem i?mod|(?:med|ved) udgangen af|udgangen af)|(?<before>inden|før|forud for))(?: i| fra)? (?<rest>.+)$")]
    private static partial Regex Prefix();
    [GeneratedRegex(@"^(?:afsluttes|afsluttet|færdig(?:gøres|gjort)?|slut|deadline|gennemføres|gennemført|implementeres|implementeret)(?: i)? (?=.)")]
    private static partial Regex Finish();
    [GeneratedRegex(@" - | (?:frem )?til | og |[-/]")]
    private static partial Regex RangeSeparator();
    [GeneratedRegex(@"(?<y>[0-9]{4})$")]
    private static partial Regex TrailingYear();
    [GeneratedRegex(@"^(?:(?:i løbet af|løbet af|inden for|indenfor|i|den|år|hele|under) )+")]
    private static partial Regex Fillers();
    [GeneratedRegex(@"^(?:(?<q>primo|medio|ultimo) )?(?<y>[0-9]{4})$")]
    private static partial Regex Year();
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})|(?<d>[0-9]{1,2})[./](?<m>[0-9]{1,2})[./ -](?<y>[0-9]{4}))$")]
    private static partial Regex NumericDate();
    [GeneratedRegex(@"^(?:(?<winter>vinter|vinteren) |skoleår(?:et|ene)? )?(?<a>[0-9]{4})(?:/(?<b>[0-9]{4}|[0-9]{2})| ?- ?(?<b>[0-9]{2}))$")]
    private static partial Regex SchoolYearText();
    [GeneratedRegex(@"^(?:(?<n>første|anden|andet|tredje|fjerde|[0-9]) (?:kvartal|kvart|kvt|(?<half>halvår|halvåret))|q(?<n>[0-9]))(?: af| i)? (?<y>[0-9]{4})$")]
    private static partial Regex YearPart();
    [GeneratedRegex(@"^(?:(?<d>[0-9]{1,2}) |(?<q>primo|medio|ultimo) )?(?<w>\p{L}+)(?: måned)? (?<y>[0-9]{4})$")]
    private static partial Regex WordYear();
}
