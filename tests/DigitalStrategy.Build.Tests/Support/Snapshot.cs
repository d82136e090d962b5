using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// Approval testing without Verify: compares text with a committed "Name.verified.ext" beside the
/// test file. On a mismatch it writes "Name.received.ext" next to it and fails; to accept a
/// change, review the diff and rename the received file over the verified one.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, string extension = "html", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
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
