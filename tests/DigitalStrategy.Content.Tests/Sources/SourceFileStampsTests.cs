using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Tests.Sources;

/// <summary>The preview reads only the source files saved since its last build.</summary>
public sealed class SourceFileStampsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-stamps-").FullName;
    private readonly SourceFileStamps _stamps = new();

    private IReadOnlyDictionary<string, string> Read() =>
        SourceReader.ReadAll(_folder, "input", new DiagnosticBag(), _stamps).ToDictionary(f => f.RelativePath, f => f.Text);

    [Fact]
    public void A_saved_file_is_read_again_and_the_others_come_from_the_last_read()
    {
        File.WriteAllText(Path.Combine(_folder, "site.yml"), "title: Før\n");
        File.WriteAllText(Path.Combine(_folder, "themes.yml"), "themes: []\n");
        Assert.Equal("title: Før\n", Read()["site.yml"]);

        File.WriteAllText(Path.Combine(_folder, "site.yml"), "title: Efter\n");
        var again = Read();

        Assert.Equal("title: Efter\n", again["site.yml"]);
        Assert.Equal("themes: []\n", again["themes.yml"]);
    }

    [Fact]
    public void A_file_with_the_same_size_and_time_of_writing_is_not_read_again()
    {
        var path = Path.Combine(_folder, "site.yml");
        File.WriteAllText(path, "title: AAAA\n");
        var written = File.GetLastWriteTimeUtc(path);
        Read();

        // Only a read of the disk would see this: same size, and the time of writing put back.
        File.WriteAllText(path, "title: BBBB\n");
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal("title: AAAA\n", Read()["site.yml"]);
        Assert.Equal("title: BBBB\n", SourceReader.ReadAll(_folder, "input", new DiagnosticBag()).Single().Text);
    }

    [Fact]
    public void A_deleted_file_is_gone_from_the_next_read()
    {
        File.WriteAllText(Path.Combine(_folder, "site.yml"), "title: Et\n");
        File.WriteAllText(Path.Combine(_folder, "themes.yml"), "themes: []\n");
        Read();

        File.Delete(Path.Combine(_folder, "themes.yml"));

        Assert.Equal(["site.yml"], Read().Keys);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
