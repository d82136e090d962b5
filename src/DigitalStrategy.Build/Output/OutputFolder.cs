using System.Text;

namespace DigitalStrategy.Build.Output;

/// <summary>
/// A staging folder beside the output folder. <see cref="Commit"/> swaps it in whole; disposing
/// without committing deletes it, so a failed build never touches the last good site.
/// </summary>
public sealed class OutputFolder : PageStore, IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _staging;
    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        _target = target;
        _staging = staging;
    }

    public static OutputFolder Begin(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}-staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(target, staging);
    }

    /// <summary>The staging folder, for stages that write into the site with other tools (the search index).</summary>
    public string StagingPath => _staging;

    public Task WriteTextAsync(string relativePath, string text, CancellationToken cancellationToken) =>
        WriteBytesAsync(relativePath, Utf8NoBom.GetBytes(text), cancellationToken);

    public async Task WriteBytesAsync(string relativePath, byte[] content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
    }

    public override void Write(string outputPath, byte[] html)
    {
        var path = Path.Combine(_staging, outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, html);
    }

    public override byte[] Read(string outputPath) => File.ReadAllBytes(Path.Combine(_staging, outputPath));

    /// <summary>Replaces the output folder with the staged one: the old site stays until the new one is complete.</summary>
    public void Commit()
    {
        var old = _target + $".old-{Guid.NewGuid():N}";
        var hadOld = Directory.Exists(_target);
        if (hadOld)
        {
            Directory.Move(_target, old);
        }

        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            if (hadOld)
            {
                Directory.Move(old, _target);
            }

            throw;
        }

        _committed = true;
        if (hadOld)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
