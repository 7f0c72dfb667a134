using System.Security.Cryptography;
using System.Text.Json;

namespace Remiss.Cli.Output;

/// <summary>
/// The record <c>render</c> keeps in an output folder (<c>.remiss-render.json</c>) of what it last wrote
/// there: file name → SHA-256. A file whose bytes no longer match was changed by someone (edited in
/// Word) and is not replaced without <c>--force</c>.
/// </summary>
internal sealed class RenderManifest
{
    /// <summary>The manifest's file name inside the output folder.</summary>
    public const string FileName = ".remiss-render.json";

    private static readonly CliJsonContext Json = CliJsonContext.With(options => options.WriteIndented = true);

    private readonly string _directory;
    private readonly SortedDictionary<string, Entry> _files;

    private RenderManifest(string directory, SortedDictionary<string, Entry> files)
    {
        _directory = directory;
        _files = files;
    }

    /// <summary>The output folder.</summary>
    public string Directory => _directory;

    /// <summary>Reads the manifest of a folder; an absent one is empty, an unreadable one is reported through <paramref name="problem"/> and treated as empty.</summary>
    public static RenderManifest Load(string directory, out string? problem)
    {
        problem = null;
        var path = Path.Combine(directory, FileName);
        var files = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var data = JsonSerializer.Deserialize(File.ReadAllBytes(path), Json.Data);
                foreach (var (name, entry) in data?.Files ?? [])
                {
                    files[name] = entry;
                }
            }
            catch (JsonException e)
            {
                // Treated as empty: every existing output then counts as not written by us, so nothing is lost.
                problem = $"{path} kunde inte läsas ({e.Message}); befintliga filer skyddas som om de vore redigerade.";
            }
        }

        return new RenderManifest(directory, files);
    }

    /// <summary>
    /// Why <paramref name="fileName"/> must not be replaced, or null when it may: it does not exist, or it
    /// is byte for byte what render last wrote.
    /// </summary>
    public string? WhyProtected(string fileName)
    {
        var path = Path.Combine(_directory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        if (!_files.TryGetValue(fileName, out var entry))
        {
            return $"{path} finns redan men skrevs inte av 'remiss render'. Flytta eller byt namn på filen, eller kör med --force för att ersätta den.";
        }

        if (!string.Equals(entry.Sha256, Hash(File.ReadAllBytes(path)), StringComparison.OrdinalIgnoreCase))
        {
            return $"{path} har ändrats sedan 'remiss render' skrev den (redigerad, t.ex. i Word). Spara dina ändringar under ett annat namn, eller kör med --force för att ersätta filen.";
        }

        return null;
    }

    /// <summary>Writes an output atomically and records it.</summary>
    public void Write(string fileName, byte[] bytes, string source)
    {
        AtomicFile.WriteAllBytes(Path.Combine(_directory, fileName), bytes);
        _files[fileName] = new Entry(Hash(bytes), source, DateTimeOffset.UtcNow);
        IsChanged = true;
    }

    /// <summary>True when something was written since loading.</summary>
    public bool IsChanged { get; private set; }

    /// <summary>Saves the manifest atomically.</summary>
    public void Save()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Data(1, _files), Json.Data);
        AtomicFile.WriteAllBytes(Path.Combine(_directory, FileName), bytes);
    }

    /// <summary>The SHA-256 of some bytes, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One written file.</summary>
    /// <param name="Sha256">The hash of the bytes written.</param>
    /// <param name="Source">The remiss file it was rendered from.</param>
    /// <param name="Written">When.</param>
    internal sealed record Entry(string Sha256, string Source, DateTimeOffset Written);

    internal sealed record Data(int Version, SortedDictionary<string, Entry>? Files);
}
