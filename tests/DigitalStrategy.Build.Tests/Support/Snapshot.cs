using Xunit.Sdk;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// Approval testing without Verify: compares text with a committed "Name.verified.ext" beside the
/// snapshot tests (Pipeline/Snapshots). On a mismatch it writes "Name.received.ext" next to it and fails; to accept a
/// change, review the diff and rename the received file over the verified one.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "DigitalStrategy.Build.Tests", "Pipeline", "Snapshots");

    public static void Match(string actual, string name, string extension = "html")
    {
        var folder = Folder;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalized);
        var reason = File.Exists(verified)
            ? $"differs from {verified}"
            : $"has no verified file yet ({verified})";
        throw new XunitException(
            $"Snapshot '{name}' {reason}. Wrote {received}; compare the two, and if the change is right, move the received file over the verified one.");
    }
}
