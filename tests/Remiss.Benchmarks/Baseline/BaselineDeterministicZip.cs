using System.IO.Compression;

namespace Remiss.Benchmarks.Baseline;

/// <summary>
/// Rewrites an Open XML package so identical content gives identical bytes: entries in a fixed order
/// (<c>[Content_Types].xml</c> first, then by name), a fixed timestamp and fixed compression.
/// </summary>
internal static class BaselineDeterministicZip
{
    /// <summary>1980-01-01, the earliest time a zip entry can carry.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var data = entry.Open();
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }
}
