using System.Text;
using static DigitalStrategy.Benchmarks.Synthetic.DanishWords;

namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Danish-like sentences, paragraphs and titles from <see cref="DanishWords"/>: plausible word
/// order and real words, not meaning. Compounds are built from their parts, so the texts share
/// the heads and tails that the search's compound splitter looks for.
/// </summary>
public sealed class DanishText(Dice dice)
{
    /// <summary>A noun phrase to stand as an object: "digitale læringsplatforme", "kompetenceudvikling", "brugen af Aula".</summary>
    public string Object() => dice.Between(0, 9) switch
    {
        0 or 1 => $"{dice.Pick(Adjectives)} {PluralCompound()}",
        2 => $"en {SingularAdjective(dice.Pick(Adjectives))} {SingularCompound()}",
        3 => MassCompound(),
        4 => $"brugen af {dice.Pick(Products)}",
        5 => $"{dice.Pick(Adjectives)} {PluralCompound()} og {MassCompound()}",
        6 => $"arbejdet med {dice.Pick(Products)}",
        _ => dice.Pick(Nouns),
    };

    public string PluralCompound() => dice.Pick(CompoundHeads) + dice.Pick(PluralTails);

    public string SingularCompound() => dice.Pick(CompoundHeads) + dice.Pick(SingularTails);

    public string MassCompound() => dice.Pick(CompoundHeads) + dice.Pick(MassTails);

    /// <summary>One sentence in one of several Danish patterns, ending with a full stop.</summary>
    public string Sentence()
    {
        var (subject, inside) = dice.Pick(Subjects);
        var (present, infinitive) = dice.Pick(Verbs);
        var sentence = dice.Between(0, 8) switch
        {
            0 => $"{subject} {present} {Object()} {dice.Pick(Endings)}",
            1 => $"Det er vigtigt, at {inside} {present} {Object()}",
            2 => $"Derfor {present} {inside} {Object()} {dice.Pick(Endings)}",
            3 => $"{subject} skal {infinitive} {Object()} {dice.Pick(Endings)}",
            4 => $"Med {Object()} får {inside} bedre mulighed for at {dice.Pick(Verbs).Infinitive} {Object()}",
            5 => $"{subject} {present} {Object()}, så {dice.Pick(Subjects).Inside} kan {dice.Pick(Verbs).Infinitive} {Object()}",
            6 => $"Der er behov for {MassCompound()}, og {inside} {present} derfor {Object()}",
            7 => $"I strategiperioden {present} {inside} {Object()} og {Object()}",
            _ => $"{subject} {present} {Object()}, fordi {dice.Pick(Nouns)} er en forudsætning for {MassCompound()}",
        };
        return Capitalise(sentence) + ".";
    }

    public string Paragraph(int minSentences = 2, int maxSentences = 5) =>
        string.Join(' ', Enumerable.Range(0, dice.Between(minSentences, maxSentences)).Select(_ => Sentence()));

    /// <summary>A goal as strategies state it: one sentence about what will be true.</summary>
    public string GoalTitle()
    {
        var (present, _) = dice.Pick(Verbs);
        var title = dice.Between(0, 4) switch
        {
            0 => $"Vores børn og unge {present} {Object()} {dice.Pick(Endings)}.",
            1 => $"Alle medarbejdere {present} {Object()} {dice.Pick(Endings)}.",
            2 => $"At {dice.Pick(Subjects).Inside} {present} {Object()}",
            3 => $"{dice.Pick(Subjects).Start} {present} {Object()}, så {Object()} styrkes.",
            _ => $"{Capitalise(Object())} er en naturlig del af {dice.Pick(Nouns)}.",
        };
        return Capitalise(title);
    }

    /// <summary>An action as a sentence ("Vi tilbyder kurser i Meebook …"), sometimes with bold words.</summary>
    public string ActionText()
    {
        var text = Sentence();
        if (dice.Chance(0.15))
        {
            var product = dice.Pick(Products);
            text += $" Der er særligt fokus på **{product}**.";
        }

        return dice.Chance(0.3) ? text + " " + Sentence() : text;
    }

    /// <summary>A short appendix line, as the annual appendices write them ("Udrulning af Aula i dagtilbud").</summary>
    public string AppendixLine() => dice.Between(0, 3) switch
    {
        0 => $"{dice.Pick(ActionNouns)} {dice.Pick(Products)} {dice.Pick(Endings)}",
        1 => $"{dice.Pick(ActionNouns)} {PluralCompound()} {dice.Pick(Endings)}",
        2 => $"{dice.Pick(ActionNouns)} {Object()}",
        _ => Sentence().TrimEnd('.'),
    };

    /// <summary>A Markdown chapter body: paragraphs, `##` headings, sometimes a list and links.</summary>
    public string ChapterBody(IReadOnlyList<(string Title, string Href)> links)
    {
        var body = new StringBuilder();
        body.Append(Paragraph(3, 6)).Append("\n\n");
        if (links.Count > 0)
        {
            var (title, href) = dice.Pick(links);
            body.Append($"Læs også om [{title.ToLowerInvariant()}]({href}). {Sentence()}\n\n");
        }

        for (var section = dice.Between(1, 3); section > 0; section--)
        {
            body.Append("## ").Append(Capitalise(MassCompound())).Append(' ').Append(dice.Pick(Endings)).Append("\n\n");
            body.Append(Paragraph(2, 6)).Append("\n\n");
            if (dice.Chance(0.4))
            {
                for (var item = dice.Between(2, 5); item > 0; item--)
                {
                    body.Append("- ").Append(Capitalise(Object())).Append('\n');
                }

                body.Append('\n');
            }

            body.Append(Paragraph(1, 4)).Append("\n\n");
        }

        return body.ToString().TrimEnd() + "\n";
    }

    /// <summary>The form before a singular common-gender noun: "digital", "ny", "tværgående".</summary>
    public static string SingularAdjective(string adjective) => adjective switch
    {
        "nye" => "ny",
        "trygge" => "tryg",
        _ when adjective.EndsWith("nde", StringComparison.Ordinal) || !adjective.EndsWith('e') => adjective,
        _ => adjective[..^1],
    };

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
