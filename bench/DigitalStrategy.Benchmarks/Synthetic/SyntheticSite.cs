namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>What <see cref="SyntheticSite.Generate"/> wrote.</summary>
public sealed record GeneratedSite(string Folder, int Municipalities, int Files);

/// <summary>
/// Writes a synthetic input folder shaped like the real input/: site.yml, themes.yml,
/// glossary.yml and one folder per municipality, in Danish-like text. The same seed always
/// writes the same files, and the first municipalities of a larger site are those of a smaller
/// one. One municipality is about 100 pages, so 100 municipalities make a site of about 10,000.
/// </summary>
public static class SyntheticSite
{
    public const int DefaultSeed = 2026;

    public static GeneratedSite Generate(string folder, int municipalities, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(municipalities, 1);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"{folder} is not empty; generate into a new or empty folder.");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"), SharedFiles.SiteYml());
        File.WriteAllText(Path.Combine(folder, "themes.yml"), SharedFiles.ThemesYml());
        File.WriteAllText(Path.Combine(folder, "glossary.yml"), SharedFiles.GlossaryYml());

        var dice = new Dice(seed);
        var text = new DanishText(dice);
        var writer = new MunicipalityWriter(dice, text);
        var ids = new IdSpace();
        for (var i = 0; i < municipalities; i++)
        {
            var town = TownName(dice);
            var id = ids.Claim(town);
            var name = id == IdSpace.Slug(town) ? town : $"{town} {id[(id.LastIndexOf('-') + 1)..]}";
            writer.Write(Path.Combine(folder, id), name + " Kommune");
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        return new GeneratedSite(Path.GetFullPath(folder), municipalities, files);
    }

    private static string TownName(Dice dice) => dice.Pick(DanishWords.TownPrefixes) + dice.Pick(DanishWords.TownSuffixes);
}
