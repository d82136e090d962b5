namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Writes the parts every strategy folder has: strategy.yml (from what the caller puts in it),
/// focus-areas/, chapters/ and an optional glossary.yml. One <see cref="IdSpace"/> per strategy
/// keeps chapter, focus-area, goal and action ids unique, as the content model requires.
/// </summary>
public sealed class StrategyWriter
{
    private readonly Dice _dice;
    private readonly DanishText _text;

    public StrategyWriter(Dice dice, DanishText text, string folder)
    {
        _dice = dice;
        _text = text;
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    public IdSpace Ids { get; } = new();

    public void WriteStrategyFile(YamlText yaml) => File.WriteAllText(Path.Combine(Folder, "strategy.yml"), yaml.ToString());

    /// <summary>Writes <paramref name="count"/> focus areas on different topics; returns them with their goal ids.</summary>
    public IReadOnlyList<WrittenFocusArea> WriteFocusAreas(int count, StrategyStyle style, IReadOnlyList<string> municipalGoals)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "focus-areas")).FullName;
        var writer = new FocusAreaWriter(_dice, _text, Ids);
        var written = new List<WrittenFocusArea>();
        foreach (var topic in _dice.PickDistinct(Topics.FocusAreas, count))
        {
            var number = written.Count + 1;
            var path = Path.Combine(folder, $"{number:00}-{IdSpace.Slug(topic.Title)}.yml");
            var earlier = written.SelectMany(f => f.GoalIds).ToList();
            written.Add(writer.Write(path, number, topic, style, earlier, municipalGoals));
        }

        return written;
    }

    /// <summary>Prose chapters, linking to the focus areas as real chapters do; the last may be a numbered appendix ("Bilag 1").</summary>
    public void WriteChapters(int count, bool withDocumentAppendix, IReadOnlyList<WrittenFocusArea> focusAreas)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "chapters")).FullName;
        var links = focusAreas.Select(f => (f.Title, $"../{f.Id}/")).Append(("fokusområderne", "../#fokus")).ToList();
        var titles = _dice.PickDistinct(Topics.Chapters.Skip(1).ToList(), count - 1).Prepend(Topics.Chapters[0]).ToList();
        if (withDocumentAppendix)
        {
            titles.Add(_dice.Pick(Topics.AppendixChapters));
        }

        for (var i = 0; i < titles.Count; i++)
        {
            var id = Ids.Claim(titles[i]);
            var frontMatter = new YamlText()
                .Line("---")
                .Field(0, "id", id)
                .Field(0, "title", titles[i])
                .Field(0, "summary", _dice.Chance(0.6) ? _text.Sentence() : null)
                .Number(0, "appendix", withDocumentAppendix && i == titles.Count - 1 ? 1 : null)
                .Line("---");
            var path = Path.Combine(folder, $"{i + 1:00}-{id}.md");
            File.WriteAllText(path, frontMatter + _text.ChapterBody(links));
        }
    }

    /// <summary>The strategy's own word list, like Herning's "Ordforklaring".</summary>
    public void WriteGlossary(int count)
    {
        var yaml = new YamlText().Line("terms:");
        foreach (var (term, expansion) in _dice.PickDistinct(Topics.StrategyTerms, count))
        {
            yaml.Field(2, "- term", term)
                .Field(4, "expansion", expansion)
                .Field(4, "definition", expansion is null ? _text.Sentence() : $"{expansion}. {_text.Sentence()}");
        }

        File.WriteAllText(Path.Combine(Folder, "glossary.yml"), yaml.ToString());
    }
}
