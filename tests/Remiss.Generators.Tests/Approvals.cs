using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Remiss.Generators.Tests;

/// <summary>
/// Approved files for generated sources: <c>Approved/{name}.approved.cs</c> in the repository is the
/// expected text. On a mismatch the actual text is written next to it as <c>.received.cs</c> and the test
/// fails with a line diff; approve a change by renaming the received file over the approved one.
/// </summary>
internal static class Approvals
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        var approvedPath = Path.Combine(folder, name + ".approved.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        var message = approved is null
            ? $"No approved file {approvedPath}. Review {receivedPath} and rename it to approve it."
            : $"Generated source differs from {approvedPath} (actual text in {receivedPath}):\n{Diff(approved, actual)}";
        Assert.Fail(message);
    }

    private static string Diff(string approved, string actual)
    {
        var diff = InlineDiffBuilder.Diff(approved, actual);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            lines.Add((line.Type == ChangeType.Inserted ? "+ " : line.Type == ChangeType.Deleted ? "- " : "  ") + $"{line.Position}: {line.Text}");
            if (lines.Count > 40)
            {
                lines.Add("…");
                break;
            }
        }

        return string.Join("\n", lines);
    }
}
