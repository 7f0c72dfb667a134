using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;

namespace Remiss.Templates.Pdf;

/// <summary>
/// Finds a font family's TrueType files on the machine (Windows, macOS and Linux font folders). Only files whose
/// name starts like the family's are opened (<c>arial.ttf</c>, <c>Arial Bold.ttf</c>, <c>times.ttf</c> for Times New
/// Roman), and of those only the name, head and OS/2 tables are read, so a lookup costs a few file reads, not a
/// scan of every font installed. CFF-flavoured OpenType and collections are skipped: the PDF library embeds
/// TrueType outlines.
/// </summary>
internal static class SystemFonts
{
    private static readonly Lazy<IReadOnlyList<string>> Files = new(ListFiles);
    private static readonly ConcurrentDictionary<string, FontInfo?> Infos = new(StringComparer.Ordinal);

    /// <summary>The folders searched, the user's first.</summary>
    public static IEnumerable<string> Folders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            yield return Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts");
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return Path.Combine(home, "Library", "Fonts");
            yield return "/Library/Fonts";
            yield return "/System/Library/Fonts";
        }
        else
        {
            yield return Path.Combine(home, ".local", "share", "fonts");
            yield return Path.Combine(home, ".fonts");
            yield return "/usr/local/share/fonts";
            yield return "/usr/share/fonts";
        }
    }

    /// <summary>The file of <paramref name="family"/> in this style, or null when the machine does not have it.</summary>
    public static string? Find(string family, bool bold, bool italic)
    {
        var wanted = Normalize(family);
        if (wanted.Length == 0)
        {
            return null;
        }

        var prefix = wanted[..Math.Min(4, wanted.Length)];
        foreach (var file in Files.Value)
        {
            if (!Normalize(Path.GetFileNameWithoutExtension(file)).StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var info = Infos.GetOrAdd(file, Read);
            if (info is not null && info.Families.Contains(wanted) && info.Bold == bold && info.Italic == italic && info.NormalWidth)
            {
                return file;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> ListFiles()
    {
        var files = new List<string>();
        foreach (var folder in Folders().Distinct(StringComparer.Ordinal))
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    files.AddRange(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                        .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder we may not read has no fonts for us.
            }
        }

        // Sorted, so the same machine always picks the same file.
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Lower-case letters and digits only: "Times New Roman" and "times" compare by their start.</summary>
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private sealed record FontInfo(HashSet<string> Families, bool Bold, bool Italic, bool NormalWidth);

    /// <summary>The family names and style of a TrueType file, or null when it is not one we can embed.</summary>
    private static FontInfo? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[12];
            stream.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32BigEndian(header) is not (0x00010000 or 0x74727565))
            {
                return null; // CFF ("OTTO") or a collection ("ttcf")
            }

            var count = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
            var directory = new byte[16 * count];
            stream.ReadExactly(directory);
            byte[]? name = null, head = null, os2 = null;
            for (var i = 0; i < count; i++)
            {
                var record = directory.AsSpan(16 * i, 16);
                var tag = Encoding.ASCII.GetString(record[..4]);
                if (tag is "name" or "head" or "OS/2")
                {
                    var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                    var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[12..]), 1 << 20);
                    var table = new byte[length];
                    stream.Position = offset;
                    stream.ReadExactly(table);
                    (tag == "name" ? ref name : ref tag == "head" ? ref head : ref os2) = table;
                }
            }

            if (name is null || head is null || head.Length < 46)
            {
                return null;
            }

            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(44));
            var weight = os2 is { Length: >= 8 } ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) : (macStyle & 1) != 0 ? 700 : 400;
            var width = os2 is { Length: >= 8 } ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(6)) : 5;
            var bold = weight >= 600;
            var regularWeight = weight is >= 350 and <= 550;
            return new FontInfo(Families(name), bold, (macStyle & 2) != 0, width == 5 && (bold || regularWeight));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The family (1) and typographic family (16) names of a name table, normalised.</summary>
    private static HashSet<string> Families(byte[] table)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        if (table.Length < 6)
        {
            return families;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count && 6 + (12 * i) + 12 <= table.Length; i++)
        {
            var record = table.AsSpan(6 + (12 * i), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id is not (1 or 16) || offset + length > table.Length)
            {
                continue;
            }

            var text = platform is 0 or 3
                ? Encoding.BigEndianUnicode.GetString(table, offset, length)
                : Encoding.Latin1.GetString(table, offset, length);
            families.Add(Normalize(text));
        }

        return families;
    }
}
